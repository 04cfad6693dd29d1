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
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
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

/** The relay from the event store to Kafka, with a stand-in producer that can be made to fail like a broker that is down. */
class KafkaEventRelayTest {

    private static final ObjectMapper JSON = LedgerJson.mapper();

    private final FlakyProducer producer = new FlakyProducer();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) axon.shutdown();
    }

    private void startRelay() {
        KafkaEventRelay relay = new KafkaEventRelay(producer, recorded -> {
            try {
                return JSON.writeValueAsBytes(recorded);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(c -> store)
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(KafkaEventRelay.PROCESSING_GROUP, c -> c.eventStore(),
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(10))
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

        FlakyProducer() {
            super(true, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (down.get()) {
                refused.incrementAndGet();
                return CompletableFuture.failedFuture(new TimeoutException("broker not reachable"));
            }
            return super.send(record, callback);
        }
    }
}
