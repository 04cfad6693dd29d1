package org.placementledger.infra.relay;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.infra.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placementledger.events.CareCeased;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.Topics;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.json.LedgerJson;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay from the event store to Kafka, in the processor the application runs it in, with its token in Axon's
 * MongoDB token store (which writes at once: no transaction to roll a token back) on the embedded MongoDB, and a
 * stand-in producer that can be made to fail like a broker that is down.
 */
class KafkaEventRelayTest {

    private static final ObjectMapper JSON = LedgerJson.mapper();

    @TempDir
    Path dataDir;

    private final FlakyProducer producer = new FlakyProducer();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private EmbeddedMongo mongo;
    private MongoClient client;
    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) axon.shutdown();
        if (client != null) client.close();
        if (mongo != null) mongo.close();
    }

    private TokenStore mongoTokenStore() {
        mongo = EmbeddedMongo.start(dataDir);
        client = MongoClients.create(mongo.connectionString());
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client.getDatabase("relay-test")).build())
                .serializer(JacksonSerializer.defaultSerializer())
                .build();
    }

    private void startRelay() {
        KafkaEventRelay relay = new KafkaEventRelay(producer, recorded -> {
            try {
                return JSON.writeValueAsBytes(recorded);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        TokenStore tokens = mongoTokenStore();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(c -> store)
                .registerComponent(TokenStore.class, c -> tokens)
                .eventProcessing(processing -> processing
                        .registerEventProcessor(KafkaEventRelay.PROCESSING_GROUP,
                                (name, config, invoker) -> RelayProcessor.build(name, config, invoker, 10, Duration.ofMillis(200)))
                        .registerListenerInvocationErrorHandler(KafkaEventRelay.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance())
                        .registerEventHandler(c -> relay))
                .start();
    }

    private void record(String childId, long sequence, Object event) {
        store.publish(new GenericDomainEventMessage<>("ChildAggregate", childId, sequence, event, MetaData.with("recordedBy", "j.smith")));
    }

    @Test
    void givenStoredEvents_whenRelayed_thenEachGoesToThePlacementEventsTopicKeyedByChild_withWhoRecordedIt() throws Exception {
        startRelay();
        record("TQ-1001", 0, new LegalStatusChanged("TQ-1001", LocalDate.of(2024, 11, 4), LegalStatus.E1));
        record("TQ-1002", 0, new CareCeased("TQ-1002", LocalDate.of(2025, 3, 20), ReasonEpisodeCeased.E4A));

        await().until(() -> producer.history().size() == 2);
        ProducerRecord<String, byte[]> first = producer.history().get(0);
        assertThat(first.topic()).isEqualTo(Topics.PLACEMENT_EVENTS);
        assertThat(first.key()).isEqualTo("TQ-1001");
        RecordedEvent recorded = JSON.readValue(first.value(), RecordedEvent.class);
        assertThat(recorded.childId()).isEqualTo("TQ-1001");
        assertThat(recorded.sequence()).isZero();
        assertThat(recorded.recordedBy()).isEqualTo("j.smith");
        assertThat(recorded.revision()).isEqualTo("1");
        assertThat(recorded.event()).isEqualTo(new LegalStatusChanged("TQ-1001", LocalDate.of(2024, 11, 4), LegalStatus.E1));
    }

    @Test
    void givenKafkaIsDown_whenEventsAreStored_thenNothingIsSkipped_andPublishingResumesInOrderWhenItIsBack() throws Exception {
        producer.down.set(true);
        startRelay();
        for (long seq = 0; seq < 5; seq++) {
            record("TQ-1001", seq, new LegalStatusChanged("TQ-1001", LocalDate.of(2024, 11, 4).plusDays(seq), LegalStatus.C2));
        }
        await().until(() -> producer.refused.get() > 0);
        assertThat(producer.history()).isEmpty();

        producer.down.set(false);
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> producer.history().size() >= 5);
        List<Long> sequences = producer.history().stream().map(r -> read(r).sequence()).distinct().toList();
        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void givenKafkaRefusesABatch_whenItIsBack_thenTheWholeBatchIsSentAgain_andNoEventIsSkipped() {
        producer.failNext.set(3); // the 3rd, 4th and 5th sends of the first batch fail; the others are acknowledged
        startRelay();
        for (long seq = 0; seq < 25; seq++) {
            record("TQ-2001", seq, new LegalStatusChanged("TQ-2001", LocalDate.of(2024, 1, 1).plusDays(seq), LegalStatus.C2));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sequencesSent().size() == 25);
        assertThat(producer.refused.get()).isEqualTo(3);
        // The first try put 5..9 on the topic before 2..4 came: the batch went again whole, so a consumer that takes
        // a child's events strictly in sequence finds every one of them in order in the last copy of each.
        List<Long> all = producer.history().stream().map(r -> read(r).sequence()).toList();
        List<Long> byLastCopy = java.util.stream.LongStream.range(0, 25).boxed()
                .sorted(java.util.Comparator.comparingInt(all::lastIndexOf)).toList();
        assertThat(byLastCopy).containsExactlyElementsOf(java.util.stream.LongStream.range(0, 25).boxed().toList());
        assertThat(all.subList(0, 7)).containsExactly(0L, 1L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void givenASendThatThrowsAtOnce_whenTheRelayRetries_thenNothingIsSkipped() {
        producer.throwNext.set(1);
        startRelay();
        for (long seq = 0; seq < 12; seq++) {
            record("TQ-3001", seq, new LegalStatusChanged("TQ-3001", LocalDate.of(2024, 1, 1).plusDays(seq), LegalStatus.C2));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sequencesSent().size() == 12);
        assertThat(producer.refused.get()).isEqualTo(1);
    }

    /** Each sequence acknowledged at least once, in the order first acknowledged. */
    private List<Long> sequencesSent() {
        return producer.history().stream().map(r -> read(r).sequence()).distinct().toList();
    }

    private static RecordedEvent read(ProducerRecord<String, byte[]> record) {
        try {
            return JSON.readValue(record.value(), RecordedEvent.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A producer that refuses every send while "down", as a real one does when its broker cannot be reached. */
    private static final class FlakyProducer extends MockProducer<String, byte[]> {
        final AtomicBoolean down = new AtomicBoolean();
        final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        /** Sends still to be acknowledged before this many are refused (as a broker going away mid-batch). */
        final java.util.concurrent.atomic.AtomicInteger failNext = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger acceptBeforeFailing = new java.util.concurrent.atomic.AtomicInteger(2);
        /** Sends that throw in the caller's thread, as a producer that cannot get the topic's metadata in time. */
        final java.util.concurrent.atomic.AtomicInteger throwNext = new java.util.concurrent.atomic.AtomicInteger();

        FlakyProducer() {
            super(true, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (throwNext.get() > 0) {
                throwNext.decrementAndGet();
                refused.incrementAndGet();
                throw new TimeoutException("topic metadata not available in time");
            }
            boolean failThis = failNext.get() > 0 && acceptBeforeFailing.getAndDecrement() <= 0;
            if (failThis) failNext.decrementAndGet();
            if (down.get() || failThis) {
                refused.incrementAndGet();
                return CompletableFuture.failedFuture(new TimeoutException("broker not reachable"));
            }
            return super.send(record, callback);
        }
    }
}
