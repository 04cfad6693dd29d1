package org.placementledger.projections.incare;

/** Where each new value of a live count goes: an absolute figure, so writing it twice is harmless. */
@FunctionalInterface
public interface CountsSink {

    void put(String dimension, String group, long children);
}
