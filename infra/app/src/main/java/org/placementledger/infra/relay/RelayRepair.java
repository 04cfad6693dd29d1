package org.placementledger.infra.relay;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Sends a child's stored events to the topic again, from a sequence on, as the relay would have: for events the
 * reconciliation found in the store but not in the figures once everything on its way had arrived. Consumers take a
 * child's events strictly in sequence and pass over repeats, so sending more than was missing is harmless.
 */
public final class RelayRepair {

    private final EventStore store;
    private final Producer<String, byte[]> producer;
    private final Function<RecordedEvent, byte[]> serializer;

    public RelayRepair(EventStore store, Producer<String, byte[]> producer, Function<RecordedEvent, byte[]> serializer) {
        this.store = store;
        this.producer = producer;
        this.serializer = serializer;
    }

    /** Sends the child's events from {@code fromSequence} on and waits for Kafka to take them; returns how many. */
    public int resend(String childId, long fromSequence, Duration timeout) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        DomainEventStream events = store.readEvents(childId, Math.max(0, fromSequence));
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (!(message.getPayload() instanceof ChildEvent event)) continue;
            Object recordedBy = message.getMetaData().get("recordedBy");
            RecordedEvent recorded = KafkaEventRelay.recorded(event, message.getIdentifier(), message.getSequenceNumber(),
                    message.getTimestamp(), recordedBy == null ? null : recordedBy.toString());
            sent.add(producer.send(new ProducerRecord<>(Topics.PLACEMENT_EVENTS, childId, serializer.apply(recorded))));
        }
        producer.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<RecordMetadata> f : sent) f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return sent.size();
    }
}
