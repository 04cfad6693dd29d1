package org.placementledger.measures.alerts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something a manager should look at, raised by one recorded event.
 *
 * @param id          the event id and the kind together: the same event raises the same alert once, however
 *                    often it is delivered
 * @param raisedAt    when the event was recorded
 */
public record Alert(String id, AlertKind kind, String childId, String eventId, LocalDate effectiveDate, Instant raisedAt,
                    String message) {
}
