package org.placementledger.commandside.aggregate;

/** What a recorded command produced: the id of the stored event and its sequence number in the child's stream. */
public record CommandReceipt(String eventId, long sequence) {
}
