package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placementledger.commandside.eventstore.StoreFixture.placement;

/** Reading every event by position, as tracking processors do: order, tokens, and the positions left empty. */
class TrackingReadsTest {

    private static final int BATCH = 100;

    private final MovableClock clock = new MovableClock(Instant.now());
    private final StoreFixture store = new StoreFixture(new MemoryBackend(), BATCH, clock);

    @AfterEach
    void close() {
        store.close();
    }

    private List<TrackedEventMessage<?>> readAll(TrackingToken from) {
        return store.engine.readEvents(from, false).<TrackedEventMessage<?>>map(m -> m).toList();
    }

    private static List<Long> positions(List<TrackedEventMessage<?>> read) {
        return read.stream().map(m -> m.trackingToken().position().getAsLong()).toList();
    }

    private static List<String> children(List<TrackedEventMessage<?>> read) {
        return read.stream().map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier() + "#" + ((DomainEventMessage<?>) m).getSequenceNumber()).toList();
    }

    private static GapAwareTrackingToken tokenOf(TrackedEventMessage<?> m) {
        return (GapAwareTrackingToken) m.trackingToken();
    }

    /** The positions asked of the events collection by the finds recorded since the last clear. */
    private List<Long> positionsAskedFor() {
        List<Long> asked = new ArrayList<>();
        for (BsonDocument find : store.commands.findsOn("events")) {
            BsonDocument id = find.getDocument("filter").get("_id").asDocument();
            id.getArray("$in").forEach(v -> asked.add(v.asNumber().longValue()));
        }
        return asked;
    }

    @Test
    void givenEventsAcrossSeveralBatches_whenTracked_thenTheyArriveInPositionOrder_andReadingResumesFromAToken() {
        for (int i = 0; i < 250; i++) store.engine.appendEvents(placement("TQ-" + (1000 + i % 7), i / 7));

        List<TrackedEventMessage<?>> all = readAll(null);
        assertThat(positions(all)).containsExactlyElementsOf(java.util.stream.LongStream.range(0, 250).boxed().toList());
        assertThat(all).allSatisfy(m -> assertThat(tokenOf(m).getGaps()).isEmpty());

        List<TrackedEventMessage<?>> rest = readAll(all.get(119).trackingToken());
        assertThat(rest).extracting(TrackedEventMessage::getIdentifier)
                .containsExactlyElementsOf(all.subList(120, 250).stream().map(TrackedEventMessage::getIdentifier).toList());
        assertThat(readAll(all.get(249).trackingToken())).isEmpty();
    }

    @Test
    void givenACaughtUpReader_whenNothingWasAppended_thenItsReadIsOneLookupOfTheCounter_andNoneOfTheEvents() {
        for (int s = 0; s < 5; s++) store.engine.appendEvents(placement("TQ-1001", s));
        TrackingToken caughtUp = readAll(null).get(4).trackingToken();

        store.commands.clear();
        assertThat(readAll(caughtUp)).isEmpty();

        assertThat(store.commands.all()).hasSize(1);
        assertThat(store.commands.findsOn("event_counters")).hasSize(1);
    }

    @Test
    void givenAnAppendThatLostTheConcurrencyCheck_whenTracked_thenItsEmptyPositionDoesNotHoldUpLaterEvents() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        assertThatThrownBy(() -> store.engine.appendEvents(placement("TQ-1001", 0))).isInstanceOf(AggregateStreamCreationException.class);
        store.engine.appendEvents(placement("TQ-1001", 1));
        store.engine.appendEvents(placement("TQ-1002", 0));

        List<TrackedEventMessage<?>> read = readAll(null);

        assertThat(children(read)).containsExactly("TQ-1001#0", "TQ-1001#1", "TQ-1002#0");
        assertThat(positions(read)).containsExactly(0L, 2L, 3L);
        assertThat(tokenOf(read.get(2)).getGaps()).as("the empty position is still waited for").containsExactly(1L);
    }

    @Test
    void givenAnAbandonedPosition_whenItHasBeenEmptyLongerThanTheGapTimeout_thenTheReaderStopsAskingForIt() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        assertThatThrownBy(() -> store.engine.appendEvents(placement("TQ-1001", 0))).isInstanceOf(AggregateStreamCreationException.class);
        store.engine.appendEvents(placement("TQ-1001", 1));
        TrackingToken atHead = readAll(null).get(1).trackingToken();

        store.commands.clear();
        readAll(atHead);
        assertThat(positionsAskedFor()).as("young gap").containsExactly(1L);

        clock.advance(Duration.ofSeconds(61));
        store.commands.clear();
        readAll(atHead);
        assertThat(positionsAskedFor()).as("timed-out gap").isEmpty();

        store.engine.appendEvents(placement("TQ-1001", 2));
        List<TrackedEventMessage<?>> next = readAll(atHead);
        assertThat(children(next)).containsExactly("TQ-1001#2");
        assertThat(tokenOf(next.get(0)).getGaps()).isEmpty();
    }

    @Test
    void givenHistoryAppendedLongAgo_whenANewReaderCatchesUp_thenItCarriesNoGapsFromThatTime() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        assertThatThrownBy(() -> store.engine.appendEvents(placement("TQ-1001", 0))).isInstanceOf(AggregateStreamCreationException.class);
        store.engine.appendEvents(placement("TQ-1001", 1));
        clock.advance(Duration.ofMinutes(5));

        List<TrackedEventMessage<?>> read = readAll(null);

        assertThat(positions(read)).containsExactly(0L, 2L);
        assertThat(tokenOf(read.get(1)).getGaps()).isEmpty();
    }

    @Test
    void givenAFailedAppendOfMoreEventsThanABatch_whenTracked_thenTheReaderStepsOverItsWholeRunOfPositions() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        // A bulk correction whose first event lost the concurrency check: nothing of it is written.
        List<DomainEventMessage<?>> bulk = new ArrayList<>();
        bulk.add(placement("TQ-1001", 0));
        for (int s = 0; s < 3 * BATCH; s++) bulk.add(placement("TQ-2001", s));
        assertThatThrownBy(() -> store.engine.appendEvents(bulk)).isInstanceOf(AggregateStreamCreationException.class);
        store.engine.appendEvents(placement("TQ-1001", 1));

        List<TrackedEventMessage<?>> read = readAll(null);

        assertThat(children(read)).containsExactly("TQ-1001#0", "TQ-1001#1");
        assertThat(positions(read)).containsExactly(0L, 3L * BATCH + 2);
        assertThat(readAll(read.get(1).trackingToken())).isEmpty();
    }

    @Test
    void givenAFailedBulkAppendAtTheHead_whenTheReaderHasWaitedOutTheGapTimeout_thenItsPollsAskOnlyTheCounter() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        TrackingToken caughtUp = readAll(null).get(0).trackingToken();
        List<DomainEventMessage<?>> bulk = new ArrayList<>();
        bulk.add(placement("TQ-1001", 0));
        for (int s = 0; s < 3 * BATCH; s++) bulk.add(placement("TQ-2001", s));
        assertThatThrownBy(() -> store.engine.appendEvents(bulk)).isInstanceOf(AggregateStreamCreationException.class);

        store.commands.clear();
        assertThat(readAll(caughtUp)).isEmpty();
        assertThat(positionsAskedFor()).as("while the failed append might still be under way").hasSize(3 * BATCH + 1);

        clock.advance(Duration.ofSeconds(61));
        store.commands.clear();
        assertThat(readAll(caughtUp)).isEmpty();
        assertThat(store.commands.all()).hasSize(1);
        assertThat(store.commands.findsOn("event_counters")).hasSize(1);

        store.engine.appendEvents(placement("TQ-1001", 1));
        List<TrackedEventMessage<?>> next = readAll(caughtUp);
        assertThat(children(next)).containsExactly("TQ-1001#1");
        assertThat(tokenOf(next.get(0)).getGaps()).isEmpty();
    }

    @Test
    void givenAWriterThatDiedAfterTakingManyPositions_whenTheReaderIsAlreadyPastEarlierEvents_thenItStillMovesOn() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        TrackingToken afterFirst = readAll(null).get(0).trackingToken();
        new PositionAllocator(store.database.getCollection("event_counters")).allocate(750);
        store.engine.appendEvents(placement("TQ-1001", 1));

        assertThat(children(readAll(afterFirst))).containsExactly("TQ-1001#1");
    }

    @Test
    void givenASlowWriter_whenItsEventLandsInAGapAfterLaterEvents_thenTheReaderDeliversItOnce() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        SlowWriter slow = new SlowWriter(store.database, clock);
        long slowPosition = slow.takePosition();
        store.engine.appendEvents(placement("TQ-1002", 0));
        List<TrackedEventMessage<?>> first = readAll(null);
        assertThat(children(first)).containsExactly("TQ-1001#0", "TQ-1002#0");

        DomainEventMessage<PlacementRecorded> late = placement("TQ-1003", 0);
        slow.finish(late);
        List<TrackedEventMessage<?>> second = readAll(first.get(1).trackingToken());

        assertThat(children(second)).containsExactly("TQ-1003#0");
        assertThat(store.database.getCollection("events").find(eq("_id", slowPosition)).first().getString("eventId"))
                .isEqualTo(late.getIdentifier());
        assertThat(tokenOf(second.get(0)).getIndex()).as("the token stays at the newest position").isEqualTo(2);
        assertThat(tokenOf(second.get(0)).getGaps()).isEmpty();
        assertThat(readAll(second.get(0).trackingToken())).isEmpty();
    }

    @Test
    void givenAnEventLandingBelowTheNewestWhileTheReadRuns_thenItIsHandedOnBeforeTheNewerOne() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        TrackingToken afterFirst = readAll(null).get(0).trackingToken();
        // Another process's writer, so that it can write while this client waits on the reader's query.
        try (MongoClient other = MongoClients.create(store.server.getConnectionString())) {
            SlowWriter slow = new SlowWriter(other.getDatabase("placement-ledger"), clock);
            slow.takePosition();
            store.engine.appendEvents(placement("TQ-1002", 0));

            store.commands.afterNextFindOn("events", () -> slow.finish(placement("TQ-1003", 0)));
            List<TrackedEventMessage<?>> read = readAll(afterFirst);

            assertThat(children(read)).containsExactly("TQ-1003#0", "TQ-1002#0");
            assertThat(tokenOf(read.get(1)).getGaps()).isEmpty();
        }
    }

    @Test
    void givenEventsOfNoAggregate_whenTracked_thenTheyComeBackAsPlainEvents() {
        store.engine.appendEvents(GenericEventMessage.asEventMessage(new PlacementRecorded("TQ-1001", java.time.LocalDate.of(2025, 1, 6), "U4", "PR1")));
        store.engine.appendEvents(GenericEventMessage.asEventMessage(new PlacementRecorded("TQ-1002", java.time.LocalDate.of(2025, 1, 7), "K2", "PR4")));

        List<TrackedEventMessage<?>> read = readAll(null);

        assertThat(read).hasSize(2).allSatisfy(m -> assertThat(m).isNotInstanceOf(DomainEventMessage.class));
        assertThat(read).extracting(m -> ((PlacementRecorded) m.getPayload()).childId()).containsExactly("TQ-1001", "TQ-1002");
    }

    @Test
    void givenAnEmptyStore_thenHeadAndTailTokensAreBothTheStart() {
        assertThat(store.engine.createTailToken()).isNull();
        assertThat(store.engine.createHeadToken()).isNull();
        assertThat(store.engine.createTokenAt(Instant.now())).isNull();
    }

    @Test
    void givenAReaderStartingAtTheHead_thenItGetsOnlyLaterEvents_includingOneWhoseAppendWasUnderWayWhenItStarted() {
        for (int s = 0; s < 3; s++) store.engine.appendEvents(placement("TQ-1001", s));
        SlowWriter slow = new SlowWriter(store.database, clock);
        long underWay = slow.takePosition();
        store.engine.appendEvents(placement("TQ-1002", 0));

        GapAwareTrackingToken head = (GapAwareTrackingToken) store.engine.createHeadToken();
        assertThat(head.getIndex()).isEqualTo(4);
        assertThat(head.getGaps()).containsExactly(underWay);
        assertThat(readAll(head)).isEmpty();

        slow.finish(placement("TQ-1003", 0));
        store.engine.appendEvents(placement("TQ-1001", 3));
        assertThat(children(readAll(head))).containsExactly("TQ-1003#0", "TQ-1001#3");
    }

    @Test
    void givenTheLastAppendFailed_thenTheHeadTokenStillStartsAfterTheNewestEvent() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        store.engine.appendEvents(placement("TQ-1001", 1));
        assertThatThrownBy(() -> store.engine.appendEvents(placement("TQ-1001", 1))).isInstanceOf(ConcurrencyException.class);

        TrackingToken head = store.engine.createHeadToken();

        assertThat(head.position()).hasValue(1);
        assertThat(readAll(head)).isEmpty();
        store.engine.appendEvents(placement("TQ-1001", 2));
        assertThat(children(readAll(head))).containsExactly("TQ-1001#2");
    }

    @Test
    void givenEventsOverAMorning_whenATokenIsMadeAtAnInstant_thenReadingFromItStartsWithTheFirstEventFromThen() {
        Instant nine = Instant.parse("2025-06-30T09:00:00Z");
        for (int i = 0; i < 200; i++) store.engine.appendEvents(placement("TQ-1001", i, nine.plusSeconds(60L * i)));
        // Positions left empty by failed appends must not confuse the search.
        new PositionAllocator(store.database.getCollection("event_counters")).allocate(70);
        for (int i = 200; i < 210; i++) store.engine.appendEvents(placement("TQ-1001", i, nine.plusSeconds(60L * i)));

        for (int minute : new int[]{1, 10, 99, 150, 199, 200, 205, 209}) {
            List<TrackedEventMessage<?>> from = readAll(store.engine.createTokenAt(nine.plusSeconds(60L * minute)));
            assertThat(from).as("from minute %d", minute).hasSize(210 - minute);
            assertThat(((DomainEventMessage<?>) from.get(0)).getSequenceNumber()).isEqualTo(minute);
        }
        assertThat(readAll(store.engine.createTokenAt(nine.plusSeconds(30)))).hasSize(209);
        assertThat(readAll(store.engine.createTokenAt(nine.minusSeconds(1)))).hasSize(210);
        assertThat(readAll(store.engine.createTokenAt(nine.plusSeconds(60L * 210)))).isEmpty();
    }
}
