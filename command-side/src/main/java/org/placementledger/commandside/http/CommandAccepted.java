package org.placementledger.commandside.http;

/** The answer to a recording request: the event it stored and the child's sequence number after it. */
public record CommandAccepted(String childId, String eventId, long sequence) {
}
