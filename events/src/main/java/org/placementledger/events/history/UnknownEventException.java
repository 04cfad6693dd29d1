package org.placementledger.events.history;

/** A correction or retraction named an event that the child's record does not hold, or no longer counts. */
public class UnknownEventException extends RuntimeException {

    private final String eventId;

    public UnknownEventException(String eventId, String reason) {
        super(reason + ": " + eventId);
        this.eventId = eventId;
    }

    public String eventId() {
        return eventId;
    }
}
