package org.placementledger.projections.incare;

import org.placementledger.events.RecordedEvent;

import java.util.List;

/**
 * Events of one child, in the order the topic holds them, to be applied to the child's timeline together: one
 * event as it arrives, or, while the projections are rebuilt, every event of the child up to the end of the log.
 */
public record EventBatch(List<RecordedEvent> events) {

    public EventBatch {
        events = List.copyOf(events);
    }

    public static EventBatch of(RecordedEvent event) {
        return new EventBatch(List.of(event));
    }
}
