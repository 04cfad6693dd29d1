package org.placementledger.projections.incare;

import org.placementledger.events.RecordedEvent;

import java.util.function.Supplier;

/**
 * Told once of each newly recorded event, on the instance that owns the child's partition, for side effects
 * that must happen once for every event (alerts). The child's timeline with the event folded in is handed
 * over on request: reading it costs a read of the child's whole history, which most events do not need.
 */
public interface NewEventListener {

    void on(RecordedEvent event, Supplier<ChildTimeline> timeline);

    /**
     * Writes out what the events told so far left to write. Called after each event that arrives alone; while a
     * rebuild applies children's whole records, every so many events and every fraction of a second, so that
     * writes go out in bulk (a rebuild cut short is started again).
     */
    default void flush() {
    }

    /**
     * Like {@link #flush}, but may write in the background: for a rebuild's whole records, whose writes need not
     * hold up the next child. {@link #awaitWritten} waits for them.
     */
    default void flushInBackground() {
        flush();
    }

    /** Waits until everything handed over for writing has been written. */
    default void awaitWritten() throws InterruptedException {
    }

    NewEventListener NONE = (event, timeline) -> { };
}
