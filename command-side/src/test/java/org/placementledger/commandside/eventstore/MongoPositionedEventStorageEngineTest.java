package org.placementledger.commandside.eventstore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placementledger.commandside.eventstore.StoreFixture.placement;

/** Appending and loading one child's events, the concurrency check, snapshots and restarts. */
class MongoPositionedEventStorageEngineTest {

    private final MovableClock clock = new MovableClock(Instant.now());
    private StoreFixture store = new StoreFixture(new MemoryBackend(), 100, clock);

    @AfterEach
    void close() {
        store.close();
    }

    private List<Long> sequencesOf(String childId, long from) {
        return store.engine.readEvents(childId, from).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    @Test
    void givenTwoChildrensEventsInterleaved_whenOneChildIsLoaded_thenOnlyItsEventsComeBackInOrder_fromAnySequence() {
        store.engine.appendEvents(placement("TQ-1001", 0), placement("TQ-1002", 0), placement("TQ-1001", 1));
        store.engine.appendEvents(placement("TQ-1002", 1));
        store.engine.appendEvents(placement("TQ-1001", 2));

        assertThat(sequencesOf("TQ-1001", 0)).containsExactly(0L, 1L, 2L);
        assertThat(sequencesOf("TQ-1001", 1)).containsExactly(1L, 2L);
        assertThat(sequencesOf("TQ-1001", 3)).isEmpty();
        assertThat(store.engine.readEvents("TQ-1001").asStream().map(m -> ((PlacementRecorded) m.getPayload()).childId()))
                .containsOnly("TQ-1001");
        assertThat(store.engine.readEvents("TQ-1001").asStream().map(m -> m.getMetaData().get("recordedBy")))
                .containsOnly("j.smith");
        assertThat(store.engine.lastSequenceNumberFor("TQ-1001")).contains(2L);
        assertThat(store.engine.lastSequenceNumberFor("TQ-1002")).contains(1L);
        assertThat(store.engine.lastSequenceNumberFor("TQ-9999")).isEmpty();
    }

    @Test
    void givenAChildWithMoreEventsThanABatch_whenLoaded_thenEveryEventComesBackInOrder() {
        for (long s = 0; s < 250; s++) store.engine.appendEvents(placement("TQ-1001", s));

        assertThat(sequencesOf("TQ-1001", 0)).containsExactlyElementsOf(LongStream.range(0, 250).boxed().toList());
        assertThat(sequencesOf("TQ-1001", 140)).containsExactlyElementsOf(LongStream.range(140, 250).boxed().toList());
        assertThat(store.engine.lastSequenceNumberFor("TQ-1001")).contains(249L);
    }

    @Test
    void givenTwoWritersOfTheSameChild_whenBothAppendSequenceThree_thenOneGetsAConcurrencyConflict_andNothingOfTheLoserIsStored() {
        for (long s = 0; s < 3; s++) store.engine.appendEvents(placement("TQ-1001", s));
        DomainEventMessage<PlacementRecorded> winner = placement("TQ-1001", 3);
        DomainEventMessage<PlacementRecorded> loser = placement("TQ-1001", 3);
        store.engine.appendEvents(winner);

        assertThatThrownBy(() -> store.engine.appendEvents(loser)).isInstanceOf(ConcurrencyException.class);
        assertThat(store.engine.readEvents("TQ-1001").asStream().map(EventMessage::getIdentifier))
                .hasSize(4).contains(winner.getIdentifier()).doesNotContain(loser.getIdentifier());
        assertThat(store.database.getCollection("events").find(eq("eventId", loser.getIdentifier())).first()).isNull();
    }

    @Test
    void givenTwoWritersStartingTheSameChild_whenBothAppendSequenceZero_thenTheSecondCannotCreateTheStream() {
        store.engine.appendEvents(placement("TQ-1001", 0));

        assertThatThrownBy(() -> store.engine.appendEvents(placement("TQ-1001", 0))).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(sequencesOf("TQ-1001", 0)).containsExactly(0L);
    }

    @Test
    void givenPairsOfWritersRacingForEachChildsNextEvent_whenTheyAppendAtTheSameMoment_thenExactlyOneOfEachPairIsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int child = 0; child < 30; child++) {
                String id = "TQ-" + (3000 + child);
                store.engine.appendEvents(placement(id, 0));
                CountDownLatch start = new CountDownLatch(1);
                List<DomainEventMessage<PlacementRecorded>> rivals = List.of(placement(id, 1), placement(id, 1));
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (DomainEventMessage<PlacementRecorded> rival : rivals) {
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        try {
                            store.engine.appendEvents(rival);
                            return true;
                        } catch (ConcurrencyException conflict) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> outcome : outcomes) winners += outcome.get() ? 1 : 0;

                assertThat(winners).as("winners for %s", id).isEqualTo(1);
                List<String> stored = store.engine.readEvents(id).asStream().map(EventMessage::getIdentifier).toList();
                assertThat(stored).hasSize(2);
                assertThat(rivals.stream().map(EventMessage::getIdentifier).filter(stored::contains)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenManyRecordersAtOnce_whenEachRecordsADifferentChild_thenEveryEventIsStoredAtItsOwnPosition() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int child = 0; child < 6; child++) {
                String id = "TQ-" + (2000 + child);
                writes.add(pool.submit(() -> {
                    for (long s = 0; s < 40; s++) store.engine.appendEvents(placement(id, s));
                }));
            }
            for (Future<?> w : writes) w.get();
        } finally {
            pool.shutdownNow();
        }

        List<TrackedEventMessage<?>> all = store.engine.readEvents(null, false).<TrackedEventMessage<?>>map(m -> m).toList();
        assertThat(all).hasSize(240);
        assertThat(all).extracting(m -> m.trackingToken().position().getAsLong()).doesNotHaveDuplicates();
        for (int child = 0; child < 6; child++) {
            assertThat(sequencesOf("TQ-" + (2000 + child), 0)).hasSize(40);
        }
    }

    @Test
    void givenAnotherProcessWroteFirstAtThePositionHandedOutNext_whenAppending_thenTheEventGoesToAFreshPosition() {
        store.engine.appendEvents(placement("TQ-1001", 0));
        // Two processes on the embedded server can be handed the same position; the other one wrote first.
        store.database.getCollection("events").insertOne(
                EventDocuments.toDocument(1, placement("TQ-1002", 0), StoreFixture.serializer(), clock.instant()));

        store.engine.appendEvents(placement("TQ-1001", 1));

        assertThat(sequencesOf("TQ-1001", 0)).containsExactly(0L, 1L);
        assertThat(sequencesOf("TQ-1002", 0)).containsExactly(0L);
        assertThat(store.database.getCollection("events").find(eq("streamKey", "TQ-1001/1")).first().get("_id")).isEqualTo(2L);
    }

    @Test
    void givenAChildsStreamWithAMissingEvent_whenLoaded_thenItEndsBeforeTheMissingOne_howeverItIsRead() {
        for (long s = 0; s < 40; s++) store.engine.appendEvents(placement("TQ-1001", s));
        // Events are redacted in place, never deleted; a stream that lost one ends there, the same for every read.
        store.database.getCollection("events").deleteOne(eq("streamKey", "TQ-1001/35"));

        assertThat(sequencesOf("TQ-1001", 0)).hasSize(35).endsWith(34L);
        assertThat(sequencesOf("TQ-1001", 30)).containsExactly(30L, 31L, 32L, 33L, 34L);
        assertThat(store.engine.lastSequenceNumberFor("TQ-1001")).contains(34L);
    }

    @Test
    void givenAnEventStored_thenItsDocumentCarriesWhatPeopleAndTheIndexesNeed() {
        DomainEventMessage<PlacementRecorded> event = placement("TQ-1001", 0, Instant.parse("2025-06-30T09:15:00.123456Z"));
        store.engine.appendEvents(event);

        Document stored = store.database.getCollection("events").find(eq("eventId", event.getIdentifier())).first();
        assertThat(stored).isNotNull();
        assertThat(stored.get("_id")).isEqualTo(0L);
        assertThat(stored.getString("streamKey")).isEqualTo("TQ-1001/0");
        assertThat(stored.getString("aggregateId")).isEqualTo("TQ-1001");
        assertThat(stored.getString("aggregateType")).isEqualTo("ChildAggregate");
        assertThat(stored.get("sequence")).isEqualTo(0L);
        assertThat(stored.getString("timestamp")).isEqualTo("2025-06-30T09:15:00.123456Z");
        assertThat(stored.getDate("timestampDate").toInstant()).isEqualTo(Instant.parse("2025-06-30T09:15:00.123Z"));
        assertThat(stored.getDate("storedAt").toInstant()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(stored.getString("payloadType")).isEqualTo(PlacementRecorded.class.getName());
        assertThat(stored.getString("payload")).contains("\"startDate\":\"2024-04-01\"");
        assertThat(stored.getString("metaData")).contains("\"recordedBy\":\"j.smith\"");
        assertThat(store.engine.readEvents("TQ-1001").next().getTimestamp()).isEqualTo(event.getTimestamp());
    }

    @Test
    void givenSnapshots_thenTheNewestIsKept_evenWhenAnOlderOneFinishesLater() {
        store.engine.storeSnapshot(placement("TQ-1001", 10));
        store.engine.storeSnapshot(placement("TQ-1001", 20));
        store.engine.storeSnapshot(placement("TQ-1001", 15));

        assertThat(store.engine.readSnapshot("TQ-1001")).hasValueSatisfying(s -> {
            assertThat(s.getSequenceNumber()).isEqualTo(20);
            assertThat(((PlacementRecorded) s.getPayload()).childId()).isEqualTo("TQ-1001");
        });
        assertThat(store.engine.readSnapshot("TQ-1002")).isEmpty();
        assertThat(store.database.getCollection("snapshots").countDocuments()).isEqualTo(1);
    }

    @Test
    void givenTheEmbeddedServerOnDisk_whenItRestarts_thenEveryEventIsStillThere_andNewPositionsFollowOn(@TempDir Path dir) {
        store.close();
        String file = dir.resolve("events.mv").toString();
        H2Backend backend = new H2Backend(file);
        store = new StoreFixture(backend, 100, clock);
        IntStream.range(0, 5).forEach(s -> store.engine.appendEvents(placement("TQ-1001", s)));
        store.engine.storeSnapshot(placement("TQ-1001", 4));
        backend.commit();
        store.close();

        store = new StoreFixture(new H2Backend(file), 100, clock);
        store.engine.appendEvents(placement("TQ-1001", 5));

        assertThat(sequencesOf("TQ-1001", 0)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(store.engine.readSnapshot("TQ-1001")).hasValueSatisfying(s -> assertThat(s.getSequenceNumber()).isEqualTo(4));
        assertThat(store.engine.readEvents(null, false).map(m -> m.trackingToken().position().getAsLong()))
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThatThrownBy(() -> store.engine.appendEvents(placement("TQ-1001", 5))).isInstanceOf(ConcurrencyException.class);
    }
}
