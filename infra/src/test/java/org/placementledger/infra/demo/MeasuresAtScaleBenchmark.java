package org.placementledger.infra.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
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
 * {@code ./mvnw -B -Pbench -pl infra -am verify -Dtest=MeasuresAtScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.scale=57} gives about 100,000 children; 1 is Torbay's size).
 */
@Tag("benchmark")
class MeasuresAtScaleBenchmark {

    @Test
    void printMeasuresFigures() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "57"));
        LocalDate asAt = LocalDate.of(2026, 1, 31);
        long t0 = System.nanoTime();
        List<ChildCommand> commands = DemoCouncil.generate(asAt, DemoLoader.SEED, scale);
        Map<String, EffectiveHistory> records = new HashMap<>();
        Map<String, Long> sequences = new HashMap<>();
        long events = 0;
        for (ChildCommand command : commands) {
            EffectiveHistory history = records.getOrDefault(command.childId(), EffectiveHistory.empty());
            ChildEvent event = ChildDecisions.decide(command, history, asAt, RecordLimits.DEFAULT);
            long sequence = sequences.merge(command.childId(), 1L, Long::sum) - 1;
            records.put(command.childId(), history.with(command.childId() + "-" + sequence, sequence, event));
            events++;
        }
        List<CareTimeline> timelines = new ArrayList<>(records.size());
        records.forEach((id, h) -> timelines.add(CareTimeline.of(id, h)));
        records.clear();
        System.out.printf("%nMeasures at scale: %,d children, %,d events, built in %.0f s%n", timelines.size(), events, (System.nanoTime() - t0) / 1e9);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used holding the timelines: %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));

        Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
        Random random = new Random(1);
        for (int i = 0; i < 10; i++) measures.at(asAt.minusDays(random.nextInt(1500)), timelines, null, null);
        List<Double> millis = new ArrayList<>();
        MeasuresReport last = null;
        for (int i = 0; i < 40; i++) {
            LocalDate at = asAt.minusDays(random.nextInt(1500));
            long s = System.nanoTime();
            last = measures.at(at, timelines, null, null);
            millis.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("all measures at a random as-at date (warm, 40 runs): median %.0f ms, p95 %.0f ms, max %.0f ms; last: %,d in care%n",
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1), last.inCare());
    }
}
