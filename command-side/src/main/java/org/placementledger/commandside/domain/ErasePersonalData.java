package org.placementledger.commandside.domain;

import org.placementledger.events.PersonalDataErased;

/**
 * Record in the child's history that its personal data was erased. The erasure itself (deleting the child's
 * key) is done before this is sent; this makes it part of the record, once.
 */
public record ErasePersonalData(String childId, PersonalDataErased.Basis basis) implements ChildCommand {
}
