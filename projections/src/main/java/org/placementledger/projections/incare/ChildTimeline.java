package org.placementledger.projections.incare;

import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.UnknownEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the topic has said about one child, in stream order, with the last sequence applied. Events
 * arrive at least once: one whose sequence is not beyond the last applied is a repeat and changes nothing.
 */
public record ChildTimeline(List<RecordedEvent> events, long lastSequence) {

    private static final Logger log = LoggerFactory.getLogger(ChildTimeline.class);

    public ChildTimeline {
        events = List.copyOf(events);
    }

    public static ChildTimeline empty() {
        return new ChildTimeline(List.of(), -1);
    }

    public ChildTimeline apply(RecordedEvent event) {
        if (event == null || event.sequence() <= lastSequence) return this;
        List<RecordedEvent> next = new ArrayList<>(events);
        next.add(event);
        return new ChildTimeline(next, event.sequence());
    }

    /** The child's facts with corrections applied; a correction of an event never seen is logged and passed over. */
    public EffectiveHistory history() {
        EffectiveHistory history = EffectiveHistory.empty();
        for (RecordedEvent e : events) {
            try {
                history = history.with(e.eventId(), e.sequence(), e.event());
            } catch (UnknownEventException unknown) {
                log.warn("Child {} event {} (sequence {}) names event {} that this projection does not hold; passed over",
                        e.childId(), e.eventId(), e.sequence(), unknown.eventId());
            }
        }
        return history;
    }
}
