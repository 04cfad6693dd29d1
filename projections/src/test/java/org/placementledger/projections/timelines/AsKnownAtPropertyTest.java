package org.placementledger.projections.timelines;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.placementledger.events.CareStarted;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.MeasuredTimeline;
import org.placementledger.measures.RandomHistories;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.incare.ChildTimeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures as known at an instant, from the index (which replays only the children whose later records could
 * change the days the figures read), equal the figures from every child replayed from the events recorded by
 * then: for random histories recorded mostly on the day, sometimes weeks late, with corrections and returns
 * to care, at random as-at dates, instants and periods of flows.
 */
class AsKnownAtPropertyTest {

    private static final Measures MEASURES = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());

    @Property(tries = 40)
    void figuresAsKnownAtAnInstantEqualEveryChildReplayedToThen(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int children) {
        Random random = new Random(seed);
        Map<String, List<RecordedEvent>> log = new LinkedHashMap<>();
        TimelineIndex index = new TimelineIndex(MEASURES);
        for (int c = 0; c < children; c++) {
            String id = "C" + c;
            List<RecordedEvent> events = recordedAsTheyHappen(RandomHistories.history(id, random), random);
            log.put(id, events);
            ChildTimeline timeline = ChildTimeline.empty();
            for (RecordedEvent e : events) timeline = timeline.apply(e);
            index.put(id, timeline);
        }
        for (int check = 0; check < 8; check++) {
            LocalDate asAt = RandomHistories.FIRST.plusDays(random.nextInt(1500));
            Instant knownAt = asAt.plusDays(random.nextInt(120) - 20).atTime(random.nextInt(24), 0).toInstant(ZoneOffset.UTC);
            boolean withFlows = random.nextBoolean();
            LocalDate from = withFlows ? asAt.minusDays(random.nextInt(400)) : null;
            LocalDate to = withFlows ? from.plusDays(random.nextInt(500)) : null;
            LocalDate through = to != null && to.isAfter(asAt) ? to : asAt;

            MeasuresReport fromIndex = MEASURES.over(asAt, index.childrenAsKnownAt(knownAt, through, log::get), from, to);
            MeasuresReport replayed = MEASURES.over(asAt, replayedTo(knownAt, log), from, to);
            assertThat(fromIndex).as("as at %s, as known at %s, flows %s to %s", asAt, knownAt, from, to).isEqualTo(replayed);
        }
    }

    /**
     * Each event recorded on the day it speaks of, or now and then weeks late, never before the one before it;
     * now and then a return to care brings a corrected date of birth.
     */
    private static List<RecordedEvent> recordedAsTheyHappen(List<RecordedEvent> events, Random random) {
        List<RecordedEvent> out = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (RecordedEvent e : events) {
            int lateDays = random.nextInt(4) == 0 ? random.nextInt(60) : 0;
            Instant at = e.event().effectiveDate().plusDays(lateDays).atTime(9 + random.nextInt(8), 0).toInstant(ZoneOffset.UTC);
            if (!at.isAfter(previous)) at = previous.plusSeconds(60);
            previous = at;
            org.placementledger.events.ChildEvent event = e.event();
            if (event instanceof CareStarted s && e.sequence() > 0 && random.nextInt(3) == 0) {
                event = new CareStarted(s.childId(), s.effectiveDate(), s.dateOfBirth().minusDays(400), s.sex(), s.homePostcode(),
                        s.legalStatus(), s.categoryOfNeed(), s.placement());
            }
            out.add(new RecordedEvent(e.eventId(), e.childId(), e.sequence(), at, e.recordedBy(), e.revision(), event));
        }
        return out;
    }

    private static List<MeasuredTimeline> replayedTo(Instant knownAt, Map<String, List<RecordedEvent>> log) {
        List<MeasuredTimeline> all = new ArrayList<>();
        log.forEach((id, events) -> {
            ChildTimeline then = ChildTimeline.empty();
            for (RecordedEvent e : events) if (!e.recordedAt().isAfter(knownAt)) then = then.apply(e);
            CareTimeline timeline = CareTimeline.of(id, then.history());
            if (timeline.details() != null) all.add(MEASURES.prepare(timeline));
        });
        return all;
    }
}
