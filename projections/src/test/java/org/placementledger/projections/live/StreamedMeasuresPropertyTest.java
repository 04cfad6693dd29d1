package org.placementledger.projections.live;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.measures.Measures;
import org.placementledger.measures.RandomHistories;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.incare.TimelinesTopology;
import org.placementledger.projections.incare.RebuildWatches;
import org.placementledger.projections.kafka.StreamsSettings;
import org.placementledger.projections.kafka.TopicSpec;
import org.placementledger.projections.timelines.TimelineIndex;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random valid histories delivered in order, with repeats, the figures kept by the stream equal the
 * library's computation from scratch over the same histories, at several dates: whether events pass one by one
 * or, in a rebuild, each child's are gathered and applied together.
 */
class StreamedMeasuresPropertyTest {

    private static final Measures MEASURES = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());

    @Property(tries = 15)
    void streamedFiguresEqualFiguresFromScratch(@ForAll long seed, @ForAll @IntRange(min = 1, max = 15) int children,
                                                @ForAll boolean rebuilding) throws Exception {
        Random random = new Random(seed);
        Map<String, List<RecordedEvent>> histories = new LinkedHashMap<>();
        for (int c = 0; c < children; c++) {
            String id = "C" + c;
            histories.put(id, RandomHistories.history(id, random));
        }

        TimelineIndex index = new TimelineIndex(MEASURES);
        StreamsBuilder builder = new StreamsBuilder();
        // A rebuild gathers each child's events up to where the log ended when it began (here, somewhere in the
        // deliveries, or beyond them so that gathering ends when nothing more arrives), then passes events one by one.
        long until = rebuilding ? random.nextInt(80) : 0;
        TimelinesTopology.addTo(builder, (id, t) -> { }, index::put,
                rebuilding ? Map.of(0, until) : Map.of(), RebuildWatches.failingOnLoss(new ArrayList<>()));
        var settings = StreamsSettings.of("property", "unused:9092", Files.createTempDirectory("streams"));
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(settings), settings)) {
            TestInputTopic<String, RecordedEvent> topic = driver.createInputTopic(TopicSpec.PLACEMENT_EVENTS.name(),
                    new StringSerializer(), TopicSpec.PLACEMENT_EVENTS.valueSerde().serializer());
            List<RecordedEvent> delivered = new ArrayList<>();
            // Children's streams interleave; each child's stays in order; now and then an earlier event comes again.
            List<List<RecordedEvent>> queues = new ArrayList<>(histories.values().stream().map(ArrayList::new).toList());
            while (queues.stream().anyMatch(q -> !q.isEmpty())) {
                List<RecordedEvent> q = queues.get(random.nextInt(queues.size()));
                if (q.isEmpty()) continue;
                RecordedEvent next = q.remove(0);
                topic.pipeInput(next.childId(), next);
                delivered.add(next);
                if (random.nextInt(4) == 0) {
                    RecordedEvent again = delivered.get(random.nextInt(delivered.size()));
                    topic.pipeInput(again.childId(), again);
                }
            }
            driver.advanceWallClockTime(java.time.Duration.ofSeconds(65));
        }

        List<CareTimeline> scratch = new ArrayList<>();
        histories.forEach((id, events) -> {
            EffectiveHistory h = EffectiveHistory.empty();
            for (RecordedEvent e : events) h = h.with(e.eventId(), e.sequence(), e.event());
            scratch.add(CareTimeline.of(id, h));
        });
        for (LocalDate at : List.of(LocalDate.of(2022, 3, 31), LocalDate.of(2023, 3, 31), LocalDate.of(2024, 3, 31), RandomHistories.LAST)) {
            MeasuresReport streamed = MEASURES.over(at, index.children(), at.minusYears(1).plusDays(1), at);
            MeasuresReport fromScratch = MEASURES.at(at, scratch, at.minusYears(1).plusDays(1), at);
            assertThat(streamed).as("figures at %s", at).isEqualTo(fromScratch);
        }
    }
}
