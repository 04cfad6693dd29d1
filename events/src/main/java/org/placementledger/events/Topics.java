package org.placementledger.events;

/** Names of the Kafka topics that are part of the project's contract with other systems. */
public final class Topics {

    /** Every stored event, keyed by child id, in order per child, kept forever: the projections' replay log. */
    public static final String PLACEMENT_EVENTS = "placement-events";

    /** Today's measures, republished whenever they change, keyed by the council's area code; compacted. */
    public static final String PLACEMENT_MEASURES = "placement-measures";

    private Topics() {
    }
}
