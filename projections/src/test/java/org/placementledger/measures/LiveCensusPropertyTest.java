package org.placementledger.measures;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.measures.geography.PostcodeGrid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live figures count a changed child again instead of every child: as children's records grow event by
 * event, in any interleaving, with children now and then taken out and put back, the census kept that way
 * gives, after every change, exactly the report counted from scratch over the children as they then stand.
 */
class LiveCensusPropertyTest {

    private static final Measures MEASURES = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());

    @Property(tries = 25)
    void aCensusKeptChildByChildEqualsOneCountedFromScratch(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int children) {
        Random random = new Random(seed);
        LocalDate asAt = RandomHistories.FIRST.plusDays(random.nextInt(1500));
        Map<String, List<RecordedEvent>> histories = new LinkedHashMap<>();
        for (int c = 0; c < children; c++) histories.put("C" + c, RandomHistories.history("C" + c, random));

        LiveCensus census = MEASURES.liveCensus(asAt);
        Map<String, Integer> recorded = new HashMap<>();
        Map<String, MeasuredTimeline> standing = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(histories.keySet());
        for (int step = 0; step < 200 && !ids.isEmpty(); step++) {
            String id = ids.get(random.nextInt(ids.size()));
            List<RecordedEvent> history = histories.get(id);
            int upTo = recorded.merge(id, 1, Integer::sum);
            if (upTo >= history.size()) ids.remove(id);
            MeasuredTimeline child = prepared(id, history.subList(0, Math.min(upTo, history.size())));
            if (random.nextInt(10) == 0) {
                // Taken out (an index emptied for a rebuild, say), then put back as it stands.
                census.put(id, null);
                standing.remove(id);
                assertThat(census.report()).isEqualTo(MEASURES.over(asAt, standing.values(), null, null));
            }
            census.put(id, child);
            if (child == null) standing.remove(id);
            else standing.put(id, child);
            assertThat(census.report()).as("after step %d (%s, %d events)", step, id, upTo)
                    .isEqualTo(MEASURES.over(asAt, standing.values(), null, null));
        }
    }

    /** Councils of 20,000 children and more (4,000 in care and more) are counted on every core: to the penny what one thread counts. */
    @Property(tries = 2)
    void aCouncilCountedOnEveryCoreEqualsOneCountedInOneThread(@ForAll long seed) {
        Random random = new Random(seed);
        LocalDate asAt = RandomHistories.FIRST.plusDays(random.nextInt(1500));
        List<MeasuredTimeline> council = new ArrayList<>();
        for (int c = 0; c < 40_000; c++) {
            MeasuredTimeline child = prepared("C" + c, RandomHistories.history("C" + c, random));
            if (child != null) council.add(child);
        }
        MeasuresReport oneThread = MEASURES.overInOneThread(asAt, council, asAt.minusYears(1).plusDays(1), asAt);
        assertThat(council).hasSizeGreaterThan(20_000);
        assertThat(oneThread.inCare()).as("enough in care to count the tally in parts").isGreaterThanOrEqualTo(InCareTally.PARALLEL_FROM);
        assertThat(MEASURES.over(asAt, council, asAt.minusYears(1).plusDays(1), asAt)).isEqualTo(oneThread);
    }

    private static MeasuredTimeline prepared(String id, List<RecordedEvent> events) {
        EffectiveHistory h = EffectiveHistory.empty();
        for (RecordedEvent e : events) h = h.with(e.eventId(), e.sequence(), e.event());
        CareTimeline timeline = CareTimeline.of(id, h);
        return timeline.details() == null ? null : MEASURES.prepare(timeline);
    }
}
