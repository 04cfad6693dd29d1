package org.placementledger.queryside.exports;

/** A child's pseudonym: always the same for the same child, and not to be turned back into the child's id without the key. */
public interface ChildPseudonyms {

    String of(String childId);
}
