package org.placementledger.infra.demo;

import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.EffectiveHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo council at national scale for benchmarks, every command decided by the rules of the record
 * (not through Kafka or the event store), each child's events numbered as the event store numbers them.
 *
 * @param events    every event in the order recorded
 * @param histories each child's effective history after all its events
 */
public record ScaleCouncil(List<RecordedEvent> events, Map<String, EffectiveHistory> histories) {

    /** @param costReviewsPerYear 1 for the demo council's April uplifts; 12 for about 2 million events at scale 57 */
    public static ScaleCouncil build(LocalDate asAt, double scale, int costReviewsPerYear) {
        return build(asAt, scale, costReviewsPerYear, false);
    }

    /**
     * @param recordedOnTheDay each event recorded at 17:00 UTC on the day it took effect (for figures as known at
     *                         past instants), rather than all now
     */
    public static ScaleCouncil build(LocalDate asAt, double scale, int costReviewsPerYear, boolean recordedOnTheDay) {
        List<ChildCommand> commands = DemoCouncil.generate(asAt, DemoLoader.SEED, scale, costReviewsPerYear);
        Map<String, EffectiveHistory> records = new LinkedHashMap<>();
        Map<String, Long> sequences = new HashMap<>();
        List<RecordedEvent> events = new ArrayList<>(commands.size());
        Instant recordedAt = Instant.now();
        for (ChildCommand command : commands) {
            EffectiveHistory history = records.getOrDefault(command.childId(), EffectiveHistory.empty());
            ChildEvent event = ChildDecisions.decide(command, history, asAt, RecordLimits.DEFAULT);
            long sequence = sequences.merge(command.childId(), 1L, Long::sum) - 1;
            String eventId = command.childId() + "-" + sequence;
            records.put(command.childId(), history.with(eventId, sequence, event));
            Instant at = recordedOnTheDay ? event.effectiveDate().atTime(17, 0).toInstant(java.time.ZoneOffset.UTC) : recordedAt;
            events.add(new RecordedEvent(eventId, command.childId(), sequence, at, "benchmark", "1", event));
        }
        return new ScaleCouncil(events, records);
    }

    /** Each child's events, in sequence order: what the projections fold into a child's timeline. */
    public java.util.Map<String, List<RecordedEvent>> eventsByChild() {
        java.util.Map<String, List<RecordedEvent>> byChild = new LinkedHashMap<>();
        for (RecordedEvent e : events) byChild.computeIfAbsent(e.childId(), id -> new ArrayList<>()).add(e);
        return byChild;
    }

    /** The index every instance holds, made from those events as the projections make it. */
    public static org.placementledger.projections.timelines.TimelineIndex index(org.placementledger.measures.Measures measures,
                                                                               java.util.Map<String, List<RecordedEvent>> byChild) {
        var index = new org.placementledger.projections.timelines.TimelineIndex(measures);
        byChild.forEach((id, list) -> index.put(id, org.placementledger.projections.incare.ChildTimeline.empty().applyAll(list)));
        return index;
    }
}
