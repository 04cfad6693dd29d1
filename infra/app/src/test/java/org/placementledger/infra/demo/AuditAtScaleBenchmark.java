package org.placementledger.infra.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.placementledger.events.RecordedEvent;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.incare.ChildTimeline;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.history.ChildHistories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Figures as known at a past instant over a council of national scale ("as at 31 March, as known on 15 May",
 * asked long after), and replaying a child's history, from the projections' index and an event log in memory
 * (the event store's own reads are in the event store benchmark). Prints figures. Run:
 * {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=AuditAtScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class AuditAtScaleBenchmark {

    @Test
    void printAsKnownAtFigures() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "57"));
        int costReviews = Integer.parseInt(System.getProperty("bench.costReviews", "12"));
        LocalDate now = LocalDate.of(2026, 1, 31);
        ScaleCouncil council = ScaleCouncil.build(now, scale, costReviews, true);
        Map<String, List<RecordedEvent>> log = new HashMap<>();
        for (RecordedEvent e : council.events()) log.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e);
        Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
        TimelineIndex index = new TimelineIndex(measures);
        log.forEach((child, events) -> {
            ChildTimeline timeline = ChildTimeline.empty();
            for (RecordedEvent e : events) timeline = timeline.apply(e);
            index.put(child, timeline);
        });
        System.out.printf("%nAs known at, at scale: %,d children, %,d events, each recorded on the day it took effect%n",
                log.size(), council.events().size());

        for (String[] ask : new String[][]{{"2025-03-31", "2025-05-15T00:00:00Z"}, {"2025-12-31", "2026-01-15T00:00:00Z"}}) {
            LocalDate asAt = LocalDate.parse(ask[0]);
            Instant knownAt = Instant.parse(ask[1]);
            for (int i = 0; i < 5; i++) measures.over(asAt, index.childrenAsKnownAt(knownAt, asAt, log::get), null, null);
            List<Double> millis = new ArrayList<>();
            MeasuresReport last = null;
            for (int i = 0; i < 30; i++) {
                long s = System.nanoTime();
                last = measures.over(asAt, index.childrenAsKnownAt(knownAt, asAt, log::get), null, null);
                millis.add((System.nanoTime() - s) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf("all measures as at %s, as known at %s (warm, 30 runs): median %.0f ms, p95 %.0f ms, max %.0f ms; %,d in care%n",
                    asAt, knownAt, millis.get(15), millis.get(28), millis.get(29), last.inCare());
        }

        ChildHistories histories = new ChildHistories(child -> log.getOrDefault(child, List.of()), PostcodeGrid.shippedSectors());
        List<String> children = new ArrayList<>(log.keySet());
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) histories.of(children.get(random.nextInt(children.size())), null);
        List<Double> micros = new ArrayList<>();
        long events = 0;
        for (int i = 0; i < 2000; i++) {
            String child = children.get(random.nextInt(children.size()));
            long s = System.nanoTime();
            events += histories.of(child, null).orElseThrow().events().size();
            micros.add((System.nanoTime() - s) / 1e3);
        }
        Collections.sort(micros);
        System.out.printf("a child's history replayed with its state after each event (2,000 random children, %.1f events each): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                events / 2000.0, micros.get(1000) / 1e3, micros.get(1899) / 1e3, micros.get(1999) / 1e3);
    }
}
