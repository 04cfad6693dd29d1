package org.placementledger.commandside.http;

/** Metadata keys a recording request puts on its command; Axon copies {@link #RECORDED_BY} onto the event. */
public final class RecordingMetadata {

    public static final String RECORDED_BY = "recordedBy";
    /** The sequence number the client last saw for the child; a write that came in between is a conflict. */
    public static final String EXPECTED_SEQUENCE = org.placementledger.commandside.aggregate.ExpectedSequence.METADATA_KEY;

    private RecordingMetadata() {
    }
}
