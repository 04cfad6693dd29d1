package org.placementledger.infra.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.measures.LiveCensus;
import org.placementledger.measures.MeasuredTimeline;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.geography.PostcodeGrid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every measure at an as-at date over a council of national scale, from the timelines the projections
 * hold. Builds the council through the rules of the record (not through Kafka: this measures the library
 * and the index, not the pipeline). Prints figures. Run:
 * {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=MeasuresAtScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (by default {@code -Dbench.scale=57}, about 100,000 children, and {@code -Dbench.costReviews=12}, costs
 * reviewed monthly, about 2 million events; 1 and 1 give the demo council).
 */
@Tag("benchmark")
class MeasuresAtScaleBenchmark {

    @Test
    void printMeasuresFigures() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "57"));
        int costReviews = Integer.parseInt(System.getProperty("bench.costReviews", "12"));
        LocalDate asAt = LocalDate.of(2026, 1, 31);
        Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
        System.gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        ScaleCouncil council = ScaleCouncil.build(asAt, scale, costReviews);
        Map<String, EffectiveHistory> records = council.histories();
        long events = council.events().size();
        council = null;
        long p0 = System.nanoTime();
        List<MeasuredTimeline> children = new ArrayList<>(records.size());
        records.forEach((id, h) -> children.add(measures.prepare(CareTimeline.of(id, h))));
        double prepareSeconds = (System.nanoTime() - p0) / 1e9;
        System.out.printf("%nMeasures at scale: %,d children, %,d events, generated and decided in %.0f s%n",
                children.size(), events, (p0 - t0) / 1e9);
        System.out.printf("timelines made and prepared for the measures in %.1f s (%.0f µs a child)%n",
                prepareSeconds, prepareSeconds * 1e6 / children.size());
        records.clear();
        System.gc();
        System.out.printf("heap held by the prepared timelines (what the projection's index holds): %d MB%n",
                (usedHeap() - heapBefore) / (1024 * 1024));

        Random random = new Random(1);
        for (int i = 0; i < 20; i++) measures.over(asAt.minusDays(random.nextInt(1500)), children, null, null);
        report("all measures at a random as-at date", measures, children, asAt, random, false);
        report("with the flows and cost incurred over the 12 months to it", measures, children, asAt, random, true);
        live(measures, children, asAt, random);
    }

    /** What the live dashboard does after each event: count the changed child again in today's census, make the figures. */
    private static void live(Measures measures, List<MeasuredTimeline> children, LocalDate asAt, Random random) {
        long s0 = System.nanoTime();
        LiveCensus census = measures.liveCensus(asAt);
        for (MeasuredTimeline child : children) census.put(child.childId(), child);
        System.out.printf("today's census counted child by child: %.0f ms%n", (System.nanoTime() - s0) / 1e6);
        List<Double> millis = new ArrayList<>();
        MeasuresReport last = null;
        for (int i = 0; i < 220; i++) {
            MeasuredTimeline changed = children.get(random.nextInt(children.size()));
            long s = System.nanoTime();
            census.put(changed.childId(), changed);
            last = census.report();
            if (i >= 20) millis.add((System.nanoTime() - s) / 1e6);
        }
        if (!last.equals(measures.over(asAt, children, null, null))) throw new AssertionError("the live census differs from the figures counted from scratch");
        Collections.sort(millis);
        System.out.printf("one child counted again and every measure made, as the live figures do (warm, 200 runs): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
    }

    private static void report(String what, Measures measures, List<MeasuredTimeline> children, LocalDate asAt, Random random, boolean flows) {
        List<Double> millis = new ArrayList<>();
        MeasuresReport last = null;
        for (int i = 0; i < 60; i++) {
            LocalDate at = asAt.minusDays(random.nextInt(1500));
            long s = System.nanoTime();
            last = measures.over(at, children, flows ? at.minusYears(1).plusDays(1) : null, flows ? at : null);
            millis.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%s (warm, 60 runs): median %.1f ms, p95 %.1f ms, max %.1f ms; last: %,d in care%n", what,
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1), last.inCare());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
