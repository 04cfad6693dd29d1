package org.placementledger.projections.incare;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.json.LedgerJson;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.kafka.StreamsSettings;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.projections.kafka.TopicSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.projections.incare.Children.CHILDRENS_HOME;
import static org.placementledger.projections.incare.Children.HOSPITAL;
import static org.placementledger.projections.incare.Children.AGENCY_FOSTER;
import static org.placementledger.projections.incare.Children.corrects;
import static org.placementledger.projections.incare.Children.costRises;
import static org.placementledger.projections.incare.Children.goesHome;
import static org.placementledger.projections.incare.Children.movesTo;
import static org.placementledger.projections.incare.Children.placementOrder;
import static org.placementledger.projections.incare.Children.recorded;
import static org.placementledger.projections.incare.Children.retracts;
import static org.placementledger.projections.incare.Children.startsInFostering;

/**
 * The projections' one model, through Kafka Streams' test driver: each child's events fold into its timeline in
 * sequence, repeats and events out of order are passed over, and every instance's index of timelines (what every
 * figure is computed from, here read as the measures of a day after every event) holds each child once.
 */
class TimelinesTopologyTest {

    private static final Measures MEASURES = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
    /** A day after every event of these scenarios: the figures are the children as they are now. */
    private static final LocalDate NOW = LocalDate.of(2026, 1, 1);

    private final TimelineIndex index = new TimelineIndex(MEASURES);
    private final ListAppender<ILoggingEvent> timelineLog = new ListAppender<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RecordedEvent> events;
    private TestInputTopic<String, String> raw;

    @BeforeEach
    void start() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        TimelinesTopology.addTo(builder, NewEventListener.NONE, index::put);
        timelineLog.start();
        ((Logger) LoggerFactory.getLogger(ChildTimeline.class)).addAppender(timelineLog);
        Properties settings = StreamsSettings.of("in-care-now-test", "unused:9092", Files.createTempDirectory("streams"));
        driver = new TopologyTestDriver(builder.build(settings), settings);
        events = eventsInto(driver);
        raw = driver.createInputTopic(TopicSpec.PLACEMENT_EVENTS.name(), new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        ((Logger) LoggerFactory.getLogger(ChildTimeline.class)).detachAppender(timelineLog);
    }

    private static TestInputTopic<String, RecordedEvent> eventsInto(TopologyTestDriver driver) {
        return driver.createInputTopic(TopicSpec.PLACEMENT_EVENTS.name(), new StringSerializer(), TopicSpec.PLACEMENT_EVENTS.valueSerde().serializer());
    }

    private void send(RecordedEvent event) {
        events.pipeInput(event.childId(), event);
    }

    private MeasuresReport figures() {
        return MEASURES.over(NOW, index.children(), null, null);
    }

    private long byType(String code) {
        return figures().byPlacementType().getOrDefault(code, 0L);
    }

    private long byProvider(String code) {
        return figures().byProvider().getOrDefault(code, 0L);
    }

    private ChildTimeline timeline(String childId) {
        KeyValueStore<String, ChildTimeline> timelines = driver.getKeyValueStore(TimelinesTopology.CHILD_TIMELINES);
        return timelines.get(childId);
    }

    private List<Long> sequencesHeld(String childId) {
        return timeline(childId).events().stream().map(RecordedEvent::sequence).toList();
    }

    private long warningsAbout(String eventId) {
        return timelineLog.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN) && e.getFormattedMessage().contains(eventId)).count();
    }

    private long inCare() {
        return figures().inCare();
    }

    @Test
    void givenAChildStartsCareInAgencyFostering_thenTheyAreCountedUnderU6AndPR4() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));

        assertThat(inCare()).isEqualTo(1);
        assertThat(byType("U6")).isEqualTo(1);
        assertThat(byProvider("PR4")).isEqualTo(1);
    }

    @Test
    void givenAChildInFostering_whenTheyMoveToAChildrensHome_thenU6LosesThemAndK2GainsThem() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 0, startsInFostering("TQ-1002", LegalStatus.C2)));
        send(recorded("e3", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));

        assertThat(inCare()).isEqualTo(2);
        assertThat(byType("U6")).isEqualTo(1);
        assertThat(byType("K2")).isEqualTo(1);
        assertThat(byProvider("PR4")).isEqualTo(2);
    }

    @Test
    void givenAChildGoesIntoHospital_thenTheyAreCountedUnderT1WithNoProvider() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, movesTo("TQ-1001", HOSPITAL, LocalDate.of(2024, 3, 2))));

        assertThat(byType("T1")).isEqualTo(1);
        assertThat(byProvider("none")).isEqualTo(1);
        assertThat(byProvider("PR4")).isZero();
    }

    @Test
    void givenAChildLeavesCare_thenEveryCountLosesThem_andARe_entryCountsThemAgain() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, goesHome("TQ-1001", LocalDate.of(2024, 5, 20))));

        assertThat(inCare()).isZero();
        assertThat(byType("U6")).isZero();

        send(recorded("e3", 2, startsInFostering("TQ-1001", LegalStatus.V2).withStart(LocalDate.of(2024, 8, 1))));
        assertThat(inCare()).isEqualTo(1);
        assertThat(byType("U6")).isEqualTo(1);
    }

    @Test
    void givenTheSameEventDeliveredTwice_thenNothingIsCountedTwice() {
        RecordedEvent start = recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2));
        RecordedEvent move = recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1)));
        send(start);
        send(start);
        send(move);
        send(move);
        // An older event repeated after newer ones, as after a relay restart.
        send(start);

        assertThat(inCare()).isEqualTo(1);
        assertThat(byType("K2")).isEqualTo(1);
        assertThat(byType("U6")).isZero();
        assertThat(sequencesHeld("TQ-1001")).containsExactly(0L, 1L);
        assertThat(timeline("TQ-1001").lastSequence()).isEqualTo(1);
    }

    @Test
    void givenABatchSentAgainAfterAPartialFailure_whenALaterEventArrivedBeforeItsPredecessor_thenEveryEventCountsOnce_inOrder() {
        RecordedEvent start = recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2));
        RecordedEvent move = recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1)));
        RecordedEvent home = recorded("e3", 2, goesHome("TQ-1001", LocalDate.of(2024, 11, 20)));
        // The first try: the start and the move's sends failed, the leaving's succeeded. Then the batch again, whole.
        send(home);
        assertThat(inCare()).isZero();
        assertThat(timeline("TQ-1001")).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t.lastSequence()).isEqualTo(-1));
        send(start);
        send(move);
        assertThat(byType("K2")).isEqualTo(1);
        send(home);

        assertThat(inCare()).isZero();
        assertThat(byType("K2")).isZero();
        assertThat(sequencesHeld("TQ-1001")).containsExactly(0L, 1L, 2L);
    }

    @Test
    void givenEventsDeliveredWithRepeats_thenThePerEventListenerHearsOfEach_withTheTimelineAsThatEventLeftIt() throws Exception {
        List<String> heard = new ArrayList<>();
        StreamsBuilder builder = new StreamsBuilder();
        TimelinesTopology.addTo(builder,
                (event, timeline) -> heard.add(event.eventId() + " -> timeline up to " + timeline.get().lastSequence()), (childId, timeline) -> { });
        Properties settings = StreamsSettings.of("per-event-test", "unused:9092", Files.createTempDirectory("streams"));
        try (TopologyTestDriver perEvent = new TopologyTestDriver(builder.build(settings), settings)) {
            TestInputTopic<String, RecordedEvent> input = eventsInto(perEvent);
            RecordedEvent start = recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2));
            RecordedEvent move = recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1)));
            input.pipeInput("TQ-1001", start);
            input.pipeInput("TQ-1001", move);
            // An older event repeated after a newer one, as after a relay restart: the timeline has moved past it.
            input.pipeInput("TQ-1001", start);
        }
        assertThat(heard).containsExactly("e1 -> timeline up to 0", "e2 -> timeline up to 1", "e1 -> timeline up to 1");
    }

    @Test
    void givenARebuild_whenAChildsEventsAreGatheredAndAppliedTogether_thenTheListenerHearsOfEachOnce_withTheTimelineAsThatEventLeftIt() throws Exception {
        List<String> heard = new ArrayList<>();
        StreamsBuilder builder = new StreamsBuilder();
        // The log ended at offset 4 when the rebuild began: the first four deliveries are gathered, the fifth passes alone.
        TimelinesTopology.addTo(builder,
                (event, timeline) -> heard.add(event.eventId() + " -> timeline up to " + timeline.get().lastSequence()), index::put,
                Map.of(0, 4L), RebuildWatches.failingOnLoss(new ArrayList<>()));
        Properties settings = StreamsSettings.of("rebuild-test", "unused:9092", Files.createTempDirectory("streams"));
        try (TopologyTestDriver rebuild = new TopologyTestDriver(builder.build(settings), settings)) {
            TestInputTopic<String, RecordedEvent> input = eventsInto(rebuild);
            RecordedEvent start = recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2));
            RecordedEvent move = recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1)));
            RecordedEvent other = recorded("f1", 0, startsInFostering("TQ-1002", LegalStatus.C2));
            input.pipeInput("TQ-1001", start);
            input.pipeInput("TQ-1002", other);
            input.pipeInput("TQ-1001", start); // a repeat, as after a relay restart
            assertThat(heard).as("nothing applied while gathering").isEmpty();
            assertThat(index.size()).isZero();
            input.pipeInput("TQ-1001", move);
            assertThat(heard).containsExactlyInAnyOrder("e1 -> timeline up to 0", "e2 -> timeline up to 1", "f1 -> timeline up to 0");
            assertThat(byType("K2")).isEqualTo(1);
            assertThat(byType("U6")).isEqualTo(1);
            heard.clear();
            input.pipeInput("TQ-1001", start);
            assertThat(heard).as("after the end of the log, one by one as ever").containsExactly("e1 -> timeline up to 1");
        }
    }

    @Test
    void givenARebuildPassingOnWhatItGathered_whenAWaitingChildsNextEventArrives_thenItJoinsTheChildsBatch_inOrder() throws Exception {
        List<String> heard = new ArrayList<>();
        List<Integer> applied = new ArrayList<>();
        java.util.concurrent.atomic.AtomicLong appliedEvents = new java.util.concurrent.atomic.AtomicLong();
        int children = 600;
        StreamsBuilder builder = new StreamsBuilder();
        TimelinesTopology.addTo(builder,
                (event, timeline) -> { if (event.childId().equals("TQ-1599")) heard.add(event.eventId() + " -> " + timeline.get().lastSequence()); },
                index::put, Map.of(0, (long) children), RebuildWatches.failingOnLoss(applied, appliedEvents));
        Properties settings = StreamsSettings.of("drain-test", "unused:9092", Files.createTempDirectory("streams"));
        try (TopologyTestDriver rebuild = new TopologyTestDriver(builder.build(settings), settings)) {
            TestInputTopic<String, RecordedEvent> input = eventsInto(rebuild);
            for (int c = 1000; c < 1000 + children; c++) {
                input.pipeInput("TQ-" + c, recorded("s" + c, 0, startsInFostering("TQ-" + c, LegalStatus.C2)));
            }
            // The end of the log: the first children go on at once, the last wait for the clock.
            assertThat(inCare()).isLessThan(children);
            assertThat(applied).isEmpty();
            // The rebuild's progress counts what is applied, not what is read: 600 read, 500 applied so far.
            assertThat(appliedEvents.get()).isEqualTo(inCare()).isEqualTo(500);
            input.pipeInput("TQ-1599", recorded("m1599", 1, movesTo("TQ-1599", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));
            assertThat(heard).as("the move waits with the child's start").isEmpty();
            rebuild.advanceWallClockTime(java.time.Duration.ofMillis(50));
            assertThat(heard).containsExactly("s1599 -> 0", "m1599 -> 1");
            assertThat(inCare()).isEqualTo(children);
            assertThat(byType("K2")).isEqualTo(1);
            assertThat(applied).containsExactly(0);
            assertThat(appliedEvents.get()).as("every start and the move").isEqualTo(children + 1);
        }
    }

    @Test
    void givenAChildsWholeHistoryDeliveredAgain_thenNoFigureMoves_notEvenForAMoment() {
        List<RecordedEvent> history = List.of(
                recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)),
                recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))),
                recorded("e3", 2, goesHome("TQ-1001", LocalDate.of(2025, 2, 14))),
                recorded("e4", 3, startsInFostering("TQ-1001", LegalStatus.V2).withStart(LocalDate.of(2025, 5, 6))),
                recorded("e5", 4, movesTo("TQ-1001", HOSPITAL.withId("P5"), LocalDate.of(2025, 6, 2))),
                recorded("e6", 5, retracts("TQ-1001", "e5", LocalDate.of(2025, 6, 2))));
        history.forEach(this::send);
        MeasuresReport afterFirstDelivery = figures();
        long changesBefore = index.changes();

        // A relay restarting from an old offset sends the child's whole stream again.
        history.forEach(this::send);

        assertThat(figures()).isEqualTo(afterFirstDelivery);
        assertThat(afterFirstDelivery.inCare()).isEqualTo(1);
        assertThat(afterFirstDelivery.byPlacementType()).containsExactly(java.util.Map.entry("U6", 1L));
        // The repeat changes nothing the figures are made from: the dashboard never flickers.
        assertThat(index.changes()).isEqualTo(changesBefore);
        assertThat(sequencesHeld("TQ-1001")).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        // The repeated retraction would name an event already retracted; a repeat is not even looked at.
        assertThat(warningsAbout("e5")).isZero();
    }

    @Test
    void givenAChildsPlacementCostRises_thenTheChildStaysInItsGroups_atTheNewCost() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));

        send(recorded("e2", 1, costRises("TQ-1001", AGENCY_FOSTER, "1010.00", LocalDate.of(2024, 4, 1))));

        assertThat(inCare()).isEqualTo(1);
        assertThat(byProvider("PR4")).isEqualTo(1);
        assertThat(figures().spend().weeklyTotal()).isEqualByComparingTo("1010.00");
        assertThat(byType("U6")).isEqualTo(1);
    }

    @Test
    void givenAMoveRecordedWithTheWrongType_whenCorrected_thenTheChildMovesBetweenGroups() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));
        var secure = new org.placementledger.events.Placement("P2", org.placementledger.events.codes.PlacementType.K1,
                CHILDRENS_HOME.provider(), CHILDRENS_HOME.urn(), CHILDRENS_HOME.postcode(), CHILDRENS_HOME.weeklyCost(), false);
        send(recorded("e3", 2, corrects("TQ-1001", "e2", movesTo("TQ-1001", secure, LocalDate.of(2024, 9, 1)))));

        assertThat(byType("K2")).isZero();
        assertThat(byType("K1")).isEqualTo(1);
        assertThat(inCare()).isEqualTo(1);
    }

    @Test
    void givenAMoveRetracted_thenTheChildIsBackInThePlacementBefore() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));
        send(recorded("e3", 2, retracts("TQ-1001", "e2", LocalDate.of(2024, 9, 1))));

        assertThat(byType("K2")).isZero();
        assertThat(byType("U6")).isEqualTo(1);
    }

    @Test
    void givenACorrectionOfAnEventTheChildNeverHad_thenItIsPassedOverOnce_andTheChildsLaterEventsStillCount() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, corrects("TQ-1001", "e-unknown", movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1)))));

        assertThat(byType("U6")).isEqualTo(1);
        assertThat(byType("K2")).isZero();

        send(recorded("e3", 2, movesTo("TQ-1001", HOSPITAL, LocalDate.of(2024, 3, 2))));
        send(recorded("e4", 3, placementOrder("TQ-1001", LocalDate.of(2024, 3, 20))));

        assertThat(byType("T1")).isEqualTo(1);
        assertThat(byType("U6")).isZero();
        assertThat(inCare()).isEqualTo(1);
        // Said once, when it arrived, not again each time the child's history is rebuilt.
        assertThat(warningsAbout("e-unknown")).isEqualTo(1);
        assertThat(timeline("TQ-1001").lastSequence()).isEqualTo(3);
    }

    @Test
    void givenAStoredEventTheFoldCannotTake_thenItIsPassedOver_andTheChildsLaterEventsStillCount() throws Exception {
        // An old import wrote a start of care without its placement: it reads as JSON, but there is no
        // placement to count the child in.
        ObjectNode withoutPlacement = LedgerJson.mapper().valueToTree(recorded("e1", 0, startsInFostering("TQ-1002", LegalStatus.C2)));
        ((ObjectNode) withoutPlacement.get("event")).remove("placement");
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));

        raw.pipeInput("TQ-1002", LedgerJson.mapper().writeValueAsString(withoutPlacement));
        send(recorded("e2", 1, startsInFostering("TQ-1002", LegalStatus.C2).withStart(LocalDate.of(2024, 1, 16))));
        send(recorded("e3", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));

        assertThat(inCare()).isEqualTo(2);
        assertThat(byType("U6")).isEqualTo(1);
        assertThat(byType("K2")).isEqualTo(1);
        assertThat(sequencesHeld("TQ-1002")).containsExactly(1L);
        assertThat(warningsAbout("e1")).isEqualTo(1);
    }

    @Test
    void givenAChildOnShortBreaks_thenTheyAreCountedApartFromTheHeadline() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 0, startsInFostering("TQ-1002", LegalStatus.V3)));

        assertThat(inCare()).isEqualTo(1);
        assertThat(figures().shortBreaks()).isEqualTo(1);
        assertThat(byType("U6")).isEqualTo(1);

        send(recorded("e3", 1, placementOrder("TQ-1002", LocalDate.of(2024, 4, 2))));
        assertThat(inCare()).isEqualTo(2);
        assertThat(figures().shortBreaks()).isZero();
    }

    @Test
    void givenARecordThatIsNotAnEvent_thenItIsPassedOver_andTheNextEventsStillCount() {
        raw.pipeInput("TQ-1001", "{\"this is\": not json");
        raw.pipeInput("TQ-1001", "{\"eventId\": \"x\", \"childId\": \"TQ-1001\", \"sequence\": 0, \"event\": {\"@type\": \"NoSuchEvent\"}}");
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 0, startsInFostering("TQ-1002", LegalStatus.V4)));

        assertThat(inCare()).isEqualTo(1);
        assertThat(figures().shortBreaks()).isEqualTo(1);
    }
}
