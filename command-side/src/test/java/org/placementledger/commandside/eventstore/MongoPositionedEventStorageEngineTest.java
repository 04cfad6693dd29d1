package org.placementledger.commandside.eventstore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.events.LegalStatusChanged;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placementledger.commandside.eventstore.StoreFixture.statusChange;

class MongoPositionedEventStorageEngineTest {

    // Starts at the real time, because the events carry the real time of their making.
    private final MutableClock clock = new MutableClock(Instant.now());
    private StoreFixture store = new StoreFixture(new MemoryBackend(), 100, clock);

    @AfterEach
    void close() {
        store.close();
    }

    private List<TrackedEventMessage<?>> readAll(TrackingToken from) {
        return store.engine.readEvents(from, false).<TrackedEventMessage<?>>map(m -> m).toList();
    }

    private static long sequenceOf(TrackedEventMessage<?> m) {
        return ((DomainEventMessage<?>) m).getSequenceNumber();
    }

    @Test
    void givenAChildsEvents_whenLoaded_thenTheyComeBackInOrder_fromAnySequence() {
        store.engine.appendEvents(statusChange("TQ-1001", 0), statusChange("TQ-1002", 0), statusChange("TQ-1001", 1), statusChange("TQ-1001", 2));

        assertThat(store.engine.readEvents("TQ-1001").asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(0L, 1L, 2L);
        assertThat(store.engine.readEvents("TQ-1001", 1).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(1L, 2L);
        assertThat(store.engine.readEvents("TQ-1001").asStream().map(m -> ((LegalStatusChanged) m.getPayload()).childId())).containsOnly("TQ-1001");
        assertThat(store.engine.lastSequenceNumberFor("TQ-1001")).contains(2L);
        assertThat(store.engine.lastSequenceNumberFor("TQ-9999")).isEmpty();
    }

    @Test
    void givenAChildWithMoreEventsThanOneWindow_whenLoaded_thenEveryEventComesBack() {
        for (long s = 0; s < 300; s++) store.engine.appendEvents(statusChange("TQ-1001", s));

        assertThat(store.engine.readEvents("TQ-1001").asStream().count()).isEqualTo(300);
        assertThat(store.engine.lastSequenceNumberFor("TQ-1001")).contains(299L);
    }

    @Test
    void givenTwoWritersOfTheSameChild_whenBothAppendSequenceThree_thenTheSecondIsAConflict_andNothingOfItIsStored() {
        for (long s = 0; s < 3; s++) store.engine.appendEvents(statusChange("TQ-1001", s));
        DomainEventMessage<LegalStatusChanged> first = statusChange("TQ-1001", 3);
        DomainEventMessage<LegalStatusChanged> second = statusChange("TQ-1001", 3);
        store.engine.appendEvents(first);

        assertThatThrownBy(() -> store.engine.appendEvents(second)).isInstanceOf(ConcurrencyException.class);
        assertThat(store.engine.readEvents("TQ-1001").asStream().map(DomainEventMessage::getIdentifier))
                .hasSize(4).contains(first.getIdentifier()).doesNotContain(second.getIdentifier());
    }

    @Test
    void givenManyRecordersAtOnce_whenEachRecordsADifferentChild_thenEveryEventIsStoredAtItsOwnPosition() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
        for (int child = 0; child < 6; child++) {
            String id = "TQ-" + (2000 + child);
            writes.add(pool.submit(() -> {
                for (long s = 0; s < 40; s++) store.engine.appendEvents(statusChange(id, s));
            }));
        }
        for (java.util.concurrent.Future<?> w : writes) w.get();
        pool.shutdown();

        List<TrackedEventMessage<?>> all = readAll(null);
        assertThat(all).hasSize(240);
        assertThat(all).extracting(m -> m.trackingToken().position().getAsLong()).doesNotHaveDuplicates();
    }

    @Test
    void givenEventsAcrossSeveralBatches_whenTracked_thenTheyArriveInPositionOrder_andReadingResumesFromAToken() {
        for (int i = 0; i < 250; i++) store.engine.appendEvents(statusChange("TQ-" + (1000 + i % 7), i / 7));

        List<TrackedEventMessage<?>> all = readAll(null);
        assertThat(all).hasSize(250);
        assertThat(all).extracting(m -> m.trackingToken().position().getAsLong()).isSorted().doesNotHaveDuplicates();

        List<TrackedEventMessage<?>> rest = readAll(all.get(119).trackingToken());
        assertThat(rest).hasSize(130);
        assertThat(rest.get(0).getIdentifier()).isEqualTo(all.get(120).getIdentifier());
    }

    @Test
    void givenAnAppendThatLostARace_whenTracked_thenItsAbandonedPositionDoesNotStallTheReader_andIsGivenUpAfterTheTimeout() {
        store.engine.appendEvents(statusChange("TQ-1001", 0));
        assertThatThrownBy(() -> store.engine.appendEvents(statusChange("TQ-1001", 0)))
                .isInstanceOf(org.axonframework.modelling.command.AggregateStreamCreationException.class);
        store.engine.appendEvents(statusChange("TQ-1001", 1));

        List<TrackedEventMessage<?>> read = readAll(null);
        assertThat(read).extracting(StoreFixtureSequence::of).containsExactly(0L, 1L);
        GapAwareTrackingToken token = (GapAwareTrackingToken) read.get(1).trackingToken();
        assertThat(token.getGaps()).containsExactly(1L);

        clock.advance(Duration.ofMinutes(5));
        store.engine.appendEvents(statusChange("TQ-1001", 2));
        List<TrackedEventMessage<?>> later = readAll(token);
        assertThat(later).hasSize(1);
        assertThat(((GapAwareTrackingToken) later.get(0).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void givenARunOfAbandonedPositionsLongerThanABatch_whenTracked_thenTheReaderStepsOverIt() {
        store.engine.appendEvents(statusChange("TQ-1001", 0));
        store.database.getCollection("event_counters").updateOne(eq("_id", "events"), new Document("$inc", new Document("last", 750L)));
        store.engine.appendEvents(statusChange("TQ-1001", 1));

        assertThat(readAll(null)).extracting(StoreFixtureSequence::of).containsExactly(0L, 1L);
    }

    @Test
    void givenASlowWriter_whenItsEventLandsInAGapAfterLaterEvents_thenTheReaderStillDeliversItOnce() {
        store.engine.appendEvents(statusChange("TQ-1001", 0));
        // The slow writer has its position (1) but has not written yet; another child's event lands at 2.
        store.database.getCollection("event_counters").updateOne(eq("_id", "events"), new Document("$inc", new Document("last", 1L)));
        store.engine.appendEvents(statusChange("TQ-1002", 0));
        List<TrackedEventMessage<?>> first = readAll(null);
        assertThat(first).hasSize(2);
        TrackingToken afterFirst = first.get(1).trackingToken();

        Document late = store.database.getCollection("events").find(eq("_id", 2L)).first();
        late.put("_id", 1L);
        late.put("streamKey", "TQ-1003/0");
        late.put("eventId", "slow-writer-event");
        late.put("aggregateId", "TQ-1003");
        store.database.getCollection("events").insertOne(late);

        List<TrackedEventMessage<?>> second = readAll(afterFirst);
        assertThat(second).extracting(TrackedEventMessage::getIdentifier).containsExactly("slow-writer-event");
        assertThat(readAll(second.get(0).trackingToken())).isEmpty();
    }

    @Test
    void givenStoredEvents_thenTheHeadTokenIsAtTheLast_andATokenAtAnInstantStartsWithTheFirstEventFromThen() {
        assertThat(store.engine.createHeadToken()).isNull();
        Instant start = Instant.parse("2025-06-30T09:00:00Z");
        for (int i = 0; i < 40; i++) {
            store.engine.appendEvents(new GenericDomainEventMessage<>("ChildAggregate", "TQ-1001", i,
                    statusChange("TQ-1001", i).getPayload(), org.axonframework.messaging.MetaData.emptyInstance(),
                    java.util.UUID.randomUUID().toString(), start.plusSeconds(60L * i)));
        }
        assertThat(store.engine.createHeadToken().position()).hasValue(39);
        List<TrackedEventMessage<?>> fromTen = readAll(store.engine.createTokenAt(start.plusSeconds(600)));
        assertThat(fromTen).hasSize(30);
        assertThat(sequenceOf(fromTen.get(0))).isEqualTo(10);
        assertThat(readAll(store.engine.createTokenAt(start.minusSeconds(1)))).hasSize(40);
    }

    @Test
    void givenSnapshots_thenTheLatestReplacesTheEarlier() {
        store.engine.storeSnapshot(statusChange("TQ-1001", 10));
        store.engine.storeSnapshot(statusChange("TQ-1001", 20));
        assertThat(store.engine.readSnapshot("TQ-1001")).hasValueSatisfying(s -> assertThat(s.getSequenceNumber()).isEqualTo(20));
        assertThat(store.engine.readSnapshot("TQ-1002")).isEmpty();
    }

    @Test
    void givenTheEmbeddedServerOnDisk_whenItRestarts_thenEveryEventIsStillThere_andNewPositionsFollowOn(@TempDir Path dir) {
        store.close();
        String file = dir.resolve("events.mv").toString();
        H2Backend backend = new H2Backend(file);
        store = new StoreFixture(backend, 100, clock);
        IntStream.range(0, 5).forEach(s -> store.engine.appendEvents(statusChange("TQ-1001", s)));
        backend.commit();
        store.close();

        store = new StoreFixture(new H2Backend(file), 100, clock);
        store.engine.appendEvents(statusChange("TQ-1001", 5));
        assertThat(store.engine.readEvents("TQ-1001").asStream().count()).isEqualTo(6);
        assertThat(readAll(null)).extracting(m -> m.trackingToken().position().getAsLong()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    /** The sequence number of a tracked domain event. */
    private static final class StoreFixtureSequence {
        static long of(TrackedEventMessage<?> m) {
            return sequenceOf(m);
        }
    }

    private static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(i -> i.plus(by));
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
