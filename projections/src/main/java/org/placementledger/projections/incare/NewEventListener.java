package org.placementledger.projections.incare;

import org.placementledger.events.RecordedEvent;

import java.util.function.Supplier;

/**
 * Told once of each newly recorded event, on the instance that owns the child's partition, for side effects
 * that must happen once for every event (alerts). The child's timeline with the event folded in is handed
 * over on request: reading it costs a read of the child's whole history, which most events do not need.
 */
@FunctionalInterface
public interface NewEventListener {

    void on(RecordedEvent event, Supplier<ChildTimeline> timeline);

    NewEventListener NONE = (event, timeline) -> { };
}
