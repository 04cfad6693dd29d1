package org.placementledger.events;

/** Names of the Kafka topics that are part of the project's contract with other systems. */
public final class Topics {

    /** Every stored event, keyed by child id, in order per child, kept forever: the projections' replay log. */
    public static final String PLACEMENT_EVENTS = "placement-events";

    private Topics() {
    }
}
