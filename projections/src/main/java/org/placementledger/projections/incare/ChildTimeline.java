package org.placementledger.projections.incare;

import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CareStates;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.UnknownEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the topic has said about one child, in sequence order, with the last sequence applied. Events
 * arrive at least once and, after the relay sent a batch again, not always in order (see {@code KafkaEventRelay}):
 * a child's events are taken strictly one after the other, so one whose sequence is not the next is passed over.
 * Behind it is a repeat; ahead of it, an event whose predecessors are still on their way, and it comes again after
 * them with the batch sent again. Taken as it came, its predecessors would be repeats when they came, and lost.
 * <p>
 * An event is checked as it arrives: one the child's history cannot take (a correction of an event the child
 * never had) or that leaves a history the projection cannot read (an old record missing its placement) is
 * logged once and passed over. Kept, it would fail every later rebuild of the child, and a failing record
 * stops the stream thread, which would meet it again after every restart.
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
        return applyAll(List.of(event));
    }

    /**
     * Each event in turn, as if applied one by one: a repeat or an event ahead of the next changes nothing; an event the history cannot take is
     * logged and passed over. The child's history is folded once for the whole batch and grown event by event,
     * so a rebuild's batch of a child's whole record costs the square of its length, not the cube.
     */
    public ChildTimeline applyAll(List<RecordedEvent> batch) {
        List<RecordedEvent> kept = null;
        EffectiveHistory history = null;
        long last = lastSequence;
        for (RecordedEvent event : batch) {
            if (event == null || event.sequence() <= last) continue;
            if (event.sequence() != last + 1) {
                log.info("Child {} event of sequence {} came before sequence {}: passed over until it comes again in order",
                        event.childId(), event.sequence(), last + 1);
                continue;
            }
            last = event.sequence();
            if (event.event() == null) {
                log.warn("Child {} event {} (sequence {}) carries no event; passed over", event.childId(), event.eventId(), event.sequence());
                continue;
            }
            if (history == null) history = history();
            try {
                EffectiveHistory next = history.with(event.eventId(), event.sequence(), event.event());
                // Read now, so that an event leaving a history the measures cannot read is passed over here, once.
                CareStates.of(next);
                history = next;
            } catch (UnknownEventException unknown) {
                log.warn("Child {} event {} (sequence {}) names event {} that this projection does not hold; passed over",
                        event.childId(), event.eventId(), event.sequence(), unknown.eventId());
                continue;
            } catch (RuntimeException unreadable) {
                log.error("Child {} event {} (sequence {}) leaves a history this projection cannot read; passed over",
                        event.childId(), event.eventId(), event.sequence(), unreadable);
                continue;
            }
            if (kept == null) kept = new ArrayList<>(events);
            kept.add(event);
        }
        if (last == lastSequence) return this;
        return new ChildTimeline(kept == null ? events : kept, last);
    }

    /**
     * The timeline as the event of {@code sequence} left it: the events up to and including it. When that event
     * was passed over, the timeline as it stands, whose last sequence then is not the event's.
     */
    public ChildTimeline upTo(long sequence) {
        if (sequence >= lastSequence) return this;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).sequence() == sequence) return new ChildTimeline(events.subList(0, i + 1), sequence);
        }
        return this;
    }


    /**
     * The child's facts with corrections applied. Events are checked on arrival, so only a timeline stored
     * before that check can hold a correction of an event never seen: it is logged and passed over.
     */
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
