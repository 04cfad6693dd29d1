package org.placementledger.infra.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventRevision;
import org.placementledger.events.RecordedEvent;
import org.placementledger.queryside.history.ChildEventLog;

import java.util.ArrayList;
import java.util.List;

/**
 * A child's events straight from the event store, the record itself, not a projection of it: an auditor's
 * replay does not wait for the projections and cannot be wrong where they might be.
 */
public final class EventStoreChildLog implements ChildEventLog {

    /** The metadata key under which the recording API puts who recorded an event. */
    private final String recordedByKey;
    private final EventStore eventStore;

    public EventStoreChildLog(EventStore eventStore, String recordedByKey) {
        this.eventStore = eventStore;
        this.recordedByKey = recordedByKey;
    }

    @Override
    public List<RecordedEvent> events(String childId) {
        List<RecordedEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(childId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof ChildEvent event)) continue;
            Object recordedBy = message.getMetaData().get(recordedByKey);
            EventRevision revision = event.getClass().getAnnotation(EventRevision.class);
            events.add(new RecordedEvent(message.getIdentifier(), childId, message.getSequenceNumber(), message.getTimestamp(),
                    recordedBy == null ? "unknown" : recordedBy.toString(), revision == null ? null : revision.value(), event));
        }
        return events;
    }
}
