package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.placementledger.commandside.imports.ChildStreams;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.history.EffectiveHistory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.mongodb.client.model.Filters.in;

/**
 * Children's streams through Axon's event store, many at a time. Which children have any event is asked in
 * one query by their first stream keys, so a batch of children new to the ledger costs one lookup; the
 * others are read stream by stream. Appends go to the event store as one publication: one block of
 * positions, one insert, one commit, the hash chain made as for any append.
 */
public final class EventStoreChildStreams implements ChildStreams {

    private final EventStore eventStore;
    private final MongoCollection<Document> events;
    private final String aggregateType;
    private final String recordedByKey;

    public EventStoreChildStreams(EventStore eventStore, MongoDatabase database, String eventsCollection, String aggregateType,
                                  String recordedByKey) {
        this.eventStore = eventStore;
        this.events = database.getCollection(eventsCollection);
        this.aggregateType = aggregateType;
        this.recordedByKey = recordedByKey;
    }

    @Override
    public Map<String, EffectiveHistory> histories(Collection<String> children) {
        Map<String, EffectiveHistory> out = new HashMap<>();
        for (String child : children) out.put(child, EffectiveHistory.empty());
        List<String> firstKeys = children.stream().map(c -> EventDocuments.streamKey(c, 0)).toList();
        Set<String> recorded = new HashSet<>();
        for (Document d : events.find(in(EventDocuments.STREAM_KEY, firstKeys)).projection(Projections.include(EventDocuments.AGGREGATE_ID))) {
            recorded.add(d.getString(EventDocuments.AGGREGATE_ID));
        }
        for (String child : recorded) {
            EffectiveHistory history = EffectiveHistory.empty();
            DomainEventStream stream = eventStore.readEvents(child);
            while (stream.hasNext()) {
                DomainEventMessage<?> message = stream.next();
                if (message.getPayload() instanceof ChildEvent event) {
                    history = history.with(message.getIdentifier(), message.getSequenceNumber(), event);
                }
            }
            out.put(child, history);
        }
        return out;
    }

    @Override
    public Set<String> append(List<Append> appends, String recordedBy) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        Map<String, List<String>> ids = new HashMap<>();
        MetaData metaData = MetaData.with(recordedByKey, recordedBy);
        for (Append a : appends) {
            long sequence = a.afterSequence();
            List<String> childIds = new ArrayList<>();
            for (ChildEvent event : a.events()) {
                DomainEventMessage<?> message = new GenericDomainEventMessage<>(aggregateType, a.child(), ++sequence, event, metaData);
                messages.add(message);
                childIds.add(message.getIdentifier());
            }
            ids.put(a.child(), childIds);
        }
        Set<String> stored = new HashSet<>();
        if (messages.isEmpty()) return stored;
        try {
            eventStore.publish(messages);
            for (Append a : appends) stored.add(a.child());
            return stored;
        } catch (RuntimeException refused) {
            // The insert is ordered: the children before the refused one are in, the rest are not. Read which,
            // by the ids of each child's first and last new event.
            for (Append a : appends) {
                List<String> childIds = ids.get(a.child());
                if (childIds.isEmpty()) continue;
                Set<String> found = new HashSet<>();
                for (Document d : events.find(in(EventDocuments.EVENT_ID, List.of(childIds.get(0), childIds.get(childIds.size() - 1))))
                        .projection(Projections.include(EventDocuments.EVENT_ID))) {
                    found.add(d.getString(EventDocuments.EVENT_ID));
                }
                if (found.contains(childIds.get(0)) && found.contains(childIds.get(childIds.size() - 1))) stored.add(a.child());
            }
            return stored;
        }
    }
}
