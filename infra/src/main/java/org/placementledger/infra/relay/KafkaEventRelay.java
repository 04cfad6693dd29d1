package org.placementledger.infra.relay;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventRevision;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.Topics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Copies every stored event to the placement-events topic, keyed by child id so each child's events stay
 * in order on one partition.
 * <p>
 * Runs in a tracking processor whose token lives in MongoDB: the token moves only after Kafka has
 * acknowledged the whole batch, so if Kafka is down the processor retries from where it stopped and
 * nothing is skipped. A crash between the acknowledgement and the token update sends a batch again:
 * delivery is at least once, and every consumer deduplicates on (child id, sequence).
 */
@ProcessingGroup(KafkaEventRelay.PROCESSING_GROUP)
public class KafkaEventRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";
    private static final String PENDING_SENDS = KafkaEventRelay.class.getName() + ".pending";

    private final Producer<String, byte[]> producer;
    private final Function<RecordedEvent, byte[]> serializer;

    public KafkaEventRelay(Producer<String, byte[]> producer, Function<RecordedEvent, byte[]> serializer) {
        this.producer = producer;
        this.serializer = serializer;
    }

    @EventHandler
    public void on(ChildEvent event,
                   @MessageIdentifier String eventId,
                   @SequenceNumber Long sequence,
                   @Timestamp Instant recordedAt,
                   @MetaDataValue(value = "recordedBy") String recordedBy) {
        EventRevision revision = event.getClass().getAnnotation(EventRevision.class);
        RecordedEvent recorded = new RecordedEvent(eventId, event.childId(), sequence, recordedAt,
                recordedBy == null ? "unknown" : recordedBy, revision == null ? null : revision.value(), event);
        Future<RecordMetadata> sent = producer.send(new ProducerRecord<>(Topics.PLACEMENT_EVENTS, event.childId(), serializer.apply(recorded)));
        pendingSends().add(sent);
    }

    /** The sends of the current batch, awaited once before the batch's token is stored. */
    private List<Future<RecordMetadata>> pendingSends() {
        return CurrentUnitOfWork.get().getOrComputeResource(PENDING_SENDS, key -> {
            List<Future<RecordMetadata>> pending = new ArrayList<>();
            CurrentUnitOfWork.get().onPrepareCommit(uow -> awaitAll(pending));
            return pending;
        });
    }

    private void awaitAll(List<Future<RecordMetadata>> pending) {
        producer.flush();
        for (Future<RecordMetadata> sent : pending) {
            try {
                sent.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaRelayException("interrupted while waiting for Kafka to acknowledge", e);
            } catch (ExecutionException e) {
                throw new KafkaRelayException("Kafka did not acknowledge an event; the batch will be sent again", e.getCause());
            }
        }
    }
}
