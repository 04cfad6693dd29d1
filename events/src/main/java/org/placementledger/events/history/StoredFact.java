package org.placementledger.events.history;

import org.placementledger.events.CareFact;

/**
 * A fact as it currently stands in a child's history.
 *
 * @param eventId     the id of the event that first recorded it; corrections keep this id
 * @param sequence    that event's position in the child's stream, which orders facts of the same day
 * @param fact        the fact, with the latest correction applied
 * @param correctedBy the id of the latest correction, or null when never corrected
 */
public record StoredFact(String eventId, long sequence, CareFact fact, String correctedBy) {
}
