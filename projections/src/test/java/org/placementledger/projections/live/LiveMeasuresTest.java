package org.placementledger.projections.live;

import org.junit.jupiter.api.Test;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.Postcode;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.CareStarted;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.geography.Geography;
import org.placementledger.projections.incare.ChildTimeline;
import org.placementledger.projections.timelines.TimelineIndex;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class LiveMeasuresTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-06-01T22:59:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final Measures measures = new Measures(MeasuresConfig.defaults(), Geography.none());
    private final TimelineIndex index = new TimelineIndex(measures);
    private final List<MeasuresReport> published = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final LiveMeasures live = new LiveMeasures(index, measures, clock, published::add);

    private static final Placement FOSTER = new Placement("P1", PlacementType.U6, PlacementProvider.PR4, null, Postcode.of("TQ1 3AB"), Money.of("965"), false);
    private static final Placement HOME = new Placement("P2", PlacementType.K2, PlacementProvider.PR4, null, Postcode.of("EX4 3PL"), Money.of("4725"), false);

    private ChildTimeline timeline = ChildTimeline.empty();

    private void record(long sequence, org.placementledger.events.ChildEvent event) {
        timeline = timeline.apply(new RecordedEvent("e" + sequence, "TQ-1001", sequence, Instant.parse("2025-06-01T09:00:00Z"), "j.smith", "1", event));
        index.put("TQ-1001", timeline);
    }

    @Test
    void givenAChildWhoTurnsElevenAtMidnight_whenTheDayRollsOver_thenTheFiguresMoveThemIntoTheNextAgeBand() {
        record(0, new CareStarted("TQ-1001", LocalDate.of(2025, 1, 15), LocalDate.of(2014, 6, 2), Sex.F, Postcode.of("TQ2 5QE"),
                LegalStatus.C2, CategoryOfNeed.N1, FOSTER));
        MeasuresReport before = live.today();
        assertThat(before.asAt()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(before.byAgeBand().get(2).children()).as("5-10").isEqualTo(1);

        now.set(Instant.parse("2025-06-01T23:01:00Z")); // midnight in London (BST)
        MeasuresReport after = live.today();
        assertThat(after.asAt()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(after.byAgeBand().get(3).children()).as("11-15").isEqualTo(1);
    }

    @Test
    void givenABackdatedMove_whenItArrives_thenTheNextFiguresShowTheChildInTheNewPlacement() throws Exception {
        record(0, new CareStarted("TQ-1001", LocalDate.of(2025, 1, 15), LocalDate.of(2014, 6, 2), Sex.F, Postcode.of("TQ2 5QE"),
                LegalStatus.C2, CategoryOfNeed.N1, FOSTER));
        live.start(20);
        try {
            waitFor(() -> !published.isEmpty() && published.get(published.size() - 1).byPlacementType().containsKey("U6"));
            record(1, new PlacementChanged("TQ-1001", LocalDate.of(2025, 5, 1), HOME, ReasonPlaceChange.CREQB, true));
            waitFor(() -> published.get(published.size() - 1).byPlacementType().containsKey("K2"));
            assertThat(live.today().spend().weeklyTotal()).isEqualByComparingTo("4725.00");
        } finally {
            live.close();
        }
    }

    @Test
    void givenTheIndexEmptiedForARebuild_whenChildrenComeBack_thenTheFiguresCountOnlyTheChildrenNowHeld() throws Exception {
        record(0, new CareStarted("TQ-1001", LocalDate.of(2025, 1, 15), LocalDate.of(2014, 6, 2), Sex.F, Postcode.of("TQ2 5QE"),
                LegalStatus.C2, CategoryOfNeed.N1, FOSTER));
        ChildTimeline other = ChildTimeline.empty().apply(new RecordedEvent("f0", "TQ-1002", 0, Instant.parse("2025-06-01T09:00:00Z"),
                "j.smith", "1", new CareStarted("TQ-1002", LocalDate.of(2025, 2, 1), LocalDate.of(2010, 1, 9), Sex.M,
                Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1, HOME)));
        index.put("TQ-1002", other);
        live.start(20);
        try {
            waitFor(() -> !published.isEmpty() && published.get(published.size() - 1).inCare() == 2);
            index.clear();
            waitFor(() -> published.get(published.size() - 1).inCare() == 0);
            index.put("TQ-1002", other);
            waitFor(() -> published.get(published.size() - 1).inCare() == 1);
            assertThat(live.today().spend().weeklyTotal()).isEqualByComparingTo("4725.00");
        } finally {
            live.close();
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("not reached within 5 s");
            Thread.sleep(10);
        }
    }
}
