package org.placementledger.events;

import java.time.Instant;

/**
 * An event as it travels on the {@code placement-events} topic: the event with what the event store
 * knows of it. Consumers deduplicate on (childId, sequence), since delivery is at least once.
 *
 * @param eventId    the event's id in the event store, which corrections name
 * @param sequence   the event's position in its child's stream, from 0
 * @param recordedAt when the event was recorded (transaction time)
 * @param recordedBy who recorded it
 * @param revision   the revision of the event's serialised form
 */
@EventRevision("1")
public record RecordedEvent(
        String eventId,
        String childId,
        long sequence,
        Instant recordedAt,
        String recordedBy,
        String revision,
        ChildEvent event) {
}
