package org.placementledger.infra.demo;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.Money;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.RecordedEvent;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.history.ChildHistories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * England's whole care population over a decade in one instance's memory: about 400,000 children and 10 million
 * events (the demo council at 235 times Torbay's size, costs reviewed {@code bench.costReviews} times a year). What
 * the figures are made from here is what every instance holds (the projections' index of every child's timeline)
 * and the event log the bitemporal snapshot replays a child from; the embedded MongoDB server and Kafka broker are
 * left out (their own figures, and why they cannot hold this size, are in docs/benchmarks.md). Prints:
 * <ul>
 *   <li>all measures at random as-at dates;</li>
 *   <li>the bitemporal snapshot ("as at 31 March, as known on 15 May") with every event recorded on its day, and
 *   again for the same council as it would stand had it arrived as yearly 903 imports (each year's events
 *   recorded on 1 June after the year ended), with corrections between them (one child in twenty has a cost
 *   corrected at the next year's import): every event recorded late, so the children recorded since the instant
 *   asked about are replayed from their events;</li>
 *   <li>a child's history loaded and replayed; the heap each takes.</li>
 * </ul>
 * Run: {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=NationalScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * "-Dtest.gc=-XX:+UseG1GC -Xmx16g"} (about 25 minutes; {@code -Dbench.yearly=false} leaves out the yearly imports).
 */
@Tag("benchmark")
class NationalScaleBenchmark {

    private static final LocalDate NOW = LocalDate.of(2026, 1, 31);

    @Test
    void printNationalScaleFigures() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "235"));
        int costReviews = Integer.parseInt(System.getProperty("bench.costReviews", "24"));
        Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
        long t0 = System.nanoTime();
        Map<String, List<RecordedEvent>> onTheDay = byChild(ScaleCouncil.build(NOW, scale, costReviews, true).events());
        long events = onTheDay.values().stream().mapToLong(List::size).sum();
        System.out.printf("%nNational scale: %,d children, %,d events (scale %.0f, costs reviewed %d times a year), generated and decided in %.0f s%n",
                onTheDay.size(), events, scale, costReviews, (System.nanoTime() - t0) / 1e9);
        System.out.printf("heap with the event log in memory: %,d MB%n", heapAfterGc());

        long i0 = System.nanoTime();
        TimelineIndex index = ScaleCouncil.index(measures, onTheDay);
        System.out.printf("every child's timeline folded and prepared (the projections' index) in %.1f s; heap with it: %,d MB%n",
                (System.nanoTime() - i0) / 1e9, heapAfterGc());

        Random random = new Random(1);
        for (int i = 0; i < 10; i++) measures.over(NOW.minusDays(random.nextInt(3000)), index.children(), null, null);
        List<Double> millis = new ArrayList<>();
        long inCare = 0;
        for (int i = 0; i < 60; i++) {
            LocalDate at = NOW.minusDays(random.nextInt(3000));
            long s = System.nanoTime();
            inCare = measures.over(at, index.children(), null, null).inCare();
            millis.add((System.nanoTime() - s) / 1e6);
        }
        print("all measures at a random as-at date (60 dates over 8 years)", millis, "last: %,d in care".formatted(inCare));

        snapshots("recorded on the day", measures, index, onTheDay);
        histories(onTheDay);

        if (!Boolean.parseBoolean(System.getProperty("bench.yearly", "true"))) return;
        index = null;
        Map<String, List<RecordedEvent>> yearly = asYearlyImports(onTheDay);
        onTheDay = null;
        TimelineIndex imported = ScaleCouncil.index(measures, yearly);
        System.out.printf("the same council as yearly 903 imports: %,d events, of them %,d corrections; heap with its log and index: %,d MB%n",
                yearly.values().stream().mapToLong(List::size).sum(),
                yearly.values().stream().flatMap(List::stream).filter(e -> e.event() instanceof EventCorrected).count(), heapAfterGc());
        snapshots("arrived as yearly 903 imports, corrections between them", measures, imported, yearly);
    }

    /** "As at 31 March, as known on 15 May" and others: before and after a year's import, and between imports. */
    private static void snapshots(String history, Measures measures, TimelineIndex index, Map<String, List<RecordedEvent>> log) {
        String[][] asks = {{"2025-03-31", "2025-05-15T00:00:00Z"}, {"2025-03-31", "2025-07-15T00:00:00Z"},
                {"2025-12-31", "2026-01-15T00:00:00Z"}, {"2021-03-31", "2021-05-15T00:00:00Z"}};
        for (String[] ask : asks) {
            LocalDate asAt = LocalDate.parse(ask[0]);
            Instant knownAt = Instant.parse(ask[1]);
            AtomicLong replayed = new AtomicLong();
            java.util.function.Function<String, List<RecordedEvent>> counting = child -> {
                replayed.incrementAndGet();
                return log.get(child);
            };
            long w0 = System.nanoTime();
            measures.over(asAt, index.childrenAsKnownAt(knownAt, asAt, log::get), null, null);
            boolean slow = System.nanoTime() - w0 > 1e9;
            if (!slow) for (int i = 0; i < 2; i++) measures.over(asAt, index.childrenAsKnownAt(knownAt, asAt, log::get), null, null);
            List<Double> millis = new ArrayList<>();
            long inCare = 0;
            // A snapshot of more than a second is timed 5 times, not 20: its spread is not what the figure is about.
            int runs = slow ? 5 : 20;
            for (int i = 0; i < runs; i++) {
                replayed.set(0);
                long s = System.nanoTime();
                inCare = measures.over(asAt, index.childrenAsKnownAt(knownAt, asAt, counting), null, null).inCare();
                millis.add((System.nanoTime() - s) / 1e6);
            }
            print("snapshot as at %s as known at %s, %s".formatted(asAt, knownAt, history), millis,
                    "%,d in care; %,d children replayed from their events".formatted(inCare, replayed.get()));
        }
    }

    /** A child's history read and replayed with its state after each event, as an auditor opens it. */
    private static void histories(Map<String, List<RecordedEvent>> log) {
        ChildHistories histories = new ChildHistories(child -> log.getOrDefault(child, List.of()), PostcodeGrid.shippedSectors());
        List<String> children = new ArrayList<>(log.keySet());
        Random random = new Random(2);
        for (int i = 0; i < 2000; i++) histories.of(children.get(random.nextInt(children.size())), null);
        List<Double> millis = new ArrayList<>();
        long events = 0;
        for (int i = 0; i < 2000; i++) {
            String child = children.get(random.nextInt(children.size()));
            long s = System.nanoTime();
            events += histories.of(child, null).orElseThrow().events().size();
            millis.add((System.nanoTime() - s) / 1e6);
        }
        print("a child's history replayed (2,000 random children, %.1f events each)".formatted(events / 2000.0), millis, "");
    }

    /**
     * The council as its yearly returns would have brought it: each event recorded on 1 June after the year (to 31
     * March) it took effect in, and for one child in twenty a cost of an earlier year corrected at the following
     * import. Sequence numbers stay in recording order: events of one year keep theirs, a correction comes after
     * the child's events of its import.
     */
    static Map<String, List<RecordedEvent>> asYearlyImports(Map<String, List<RecordedEvent>> onTheDay) {
        Map<String, List<RecordedEvent>> out = new LinkedHashMap<>();
        Random random = new Random(3);
        onTheDay.forEach((child, events) -> {
            List<RecordedEvent> imported = new ArrayList<>(events.size() + 1);
            for (RecordedEvent e : events) imported.add(withRecordedAt(e, importOf(e.event().effectiveDate())));
            if (random.nextInt(20) == 0) {
                List<RecordedEvent> costs = imported.stream().filter(e -> e.event() instanceof PlacementCostChanged).toList();
                if (!costs.isEmpty()) {
                    RecordedEvent wrong = costs.get(random.nextInt(costs.size()));
                    PlacementCostChanged was = (PlacementCostChanged) wrong.event();
                    Instant at = importOf(was.effectiveDate().plusYears(1));
                    ChildEvent corrected = new EventCorrected(child, wrong.eventId(),
                            new PlacementCostChanged(child, was.effectiveDate(), was.placementId(), was.weeklyCost().plus(Money.of("10.00"))),
                            "cost as invoiced");
                    // After every event recorded up to that import, so sequences stay in recording order.
                    int position = 0;
                    while (position < imported.size() && !imported.get(position).recordedAt().isAfter(at)) position++;
                    imported.add(position, new RecordedEvent(child + "-c", child, 0, at, "benchmark", "1", corrected));
                    for (int i = 0; i < imported.size(); i++) imported.set(i, withSequence(imported.get(i), i));
                }
            }
            out.put(child, imported);
        });
        return out;
    }

    private static Instant importOf(LocalDate effective) {
        int yearEnding = effective.getMonthValue() >= 4 ? effective.getYear() + 1 : effective.getYear();
        return LocalDate.of(yearEnding, 6, 1).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private static RecordedEvent withRecordedAt(RecordedEvent e, Instant at) {
        return new RecordedEvent(e.eventId(), e.childId(), e.sequence(), at, e.recordedBy(), e.revision(), e.event());
    }

    private static RecordedEvent withSequence(RecordedEvent e, long sequence) {
        return new RecordedEvent(e.eventId(), e.childId(), sequence, e.recordedAt(), e.recordedBy(), e.revision(), e.event());
    }

    private static Map<String, List<RecordedEvent>> byChild(List<RecordedEvent> events) {
        Map<String, List<RecordedEvent>> byChild = new LinkedHashMap<>();
        for (RecordedEvent e : events) byChild.computeIfAbsent(e.childId(), id -> new ArrayList<>()).add(e);
        return byChild;
    }

    private static void print(String what, List<Double> millis, String more) {
        Collections.sort(millis);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, max %.1f ms%s%n", what, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1), more.isEmpty() ? "" : "; " + more);
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
