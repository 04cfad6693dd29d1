package org.placementledger.infra.relay;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 * Runs in a tracking processor (see {@link RelayProcessor}) whose token lives in MongoDB. The token moves only
 * past events Kafka has acknowledged: the handler of a batch's <em>last</em> event waits for the
 * acknowledgement of every send of the batch before it returns, so a send that failed fails the handler, the
 * batch is rolled back before any commit step runs, and the processor sends the whole batch again from its
 * stored token. Waiting in a commit step instead is not enough: Axon's tracking processor stores the token in a
 * prepare-commit step it registers before any handler runs, so it would run first, and nothing rolls a
 * MongoDB token back (seen: a broker away for a minute cost one batch of a hundred events, for good).
 * {@code KafkaEventRelayTest} proves it against Axon's MongoDB token store.
 * <p>
 * A batch sent again after a failure may put an event on the topic after a later one of the same child (the
 * later one's send succeeded, the earlier one's did not), and a crash between the acknowledgement and the
 * token update sends a batch again: delivery is at least once and not always in order, so every consumer takes
 * a child's events strictly in sequence and passes over repeats and events ahead of the next one expected
 * (they come again with the batch sent again).
 */
@ProcessingGroup(KafkaEventRelay.PROCESSING_GROUP)
public class KafkaEventRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";
    private static final String PENDING_SENDS = KafkaEventRelay.class.getName() + ".pending";

    private final Producer<String, byte[]> producer;
    private final Function<RecordedEvent, byte[]> serializer;
    private final java.util.function.BooleanSupplier topicsReady;

    public KafkaEventRelay(Producer<String, byte[]> producer, Function<RecordedEvent, byte[]> serializer) {
        this(producer, serializer, () -> true);
    }

    /**
     * @param topicsReady whether the topic is known to exist: before, nothing is sent, since a broker would make
     *                    a missing topic with its own defaults (see {@code TopicSetup})
     */
    public KafkaEventRelay(Producer<String, byte[]> producer, Function<RecordedEvent, byte[]> serializer,
                           java.util.function.BooleanSupplier topicsReady) {
        this.producer = producer;
        this.serializer = serializer;
        this.topicsReady = topicsReady;
    }

    @EventHandler
    public void on(ChildEvent event,
                   @MessageIdentifier String eventId,
                   @SequenceNumber Long sequence,
                   @Timestamp Instant recordedAt,
                   @MetaDataValue(value = "recordedBy") String recordedBy) {
        if (!topicsReady.getAsBoolean()) {
            throw new KafkaRelayException("Kafka has not been reached yet, so " + Topics.PLACEMENT_EVENTS + " may not exist: the batch waits", null);
        }
        RecordedEvent recorded = recorded(event, eventId, sequence, recordedAt, recordedBy);
        List<Future<RecordMetadata>> pending = pendingSends();
        pending.add(producer.send(new ProducerRecord<>(Topics.PLACEMENT_EVENTS, event.childId(), serializer.apply(recorded))));
        if (lastOfBatch()) awaitAll(pending);
    }

    /** The form every consumer of the topic reads: the event with its place in the child's record and who made it. */
    static RecordedEvent recorded(ChildEvent event, String eventId, long sequence, Instant recordedAt, String recordedBy) {
        EventRevision revision = event.getClass().getAnnotation(EventRevision.class);
        return new RecordedEvent(eventId, event.childId(), sequence, recordedAt,
                recordedBy == null ? "unknown" : recordedBy, revision == null ? null : revision.value(), event);
    }

    /** The sends of the current batch, awaited at its last event. */
    private static List<Future<RecordMetadata>> pendingSends() {
        return CurrentUnitOfWork.get().getOrComputeResource(PENDING_SENDS, key -> new ArrayList<>());
    }

    /** The last event of a tracking processor's batch; any event handled outside a batch is its own batch. */
    private static boolean lastOfBatch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return !(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage();
    }

    private void awaitAll(List<Future<RecordMetadata>> pending) {
        producer.flush();
        try {
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
        } finally {
            pending.clear();
        }
    }
}
