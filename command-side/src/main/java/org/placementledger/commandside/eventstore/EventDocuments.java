package org.placementledger.commandside.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.Date;

/**
 * One stored event as a MongoDB document. Payload and metadata are kept as the serializer's JSON text, so
 * what is stored is exactly what was serialised; the timestamp is kept twice, as Axon's ISO text and as a
 * date for people reading the collection.
 */
final class EventDocuments {

    static final String POSITION = "_id";
    static final String STREAM_KEY = "streamKey";
    static final String EVENT_ID = "eventId";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String SEQUENCE = "sequence";
    static final String TIMESTAMP = "timestamp";
    static final String STORED_AT = "storedAt";
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PAYLOAD_REVISION = "payloadRevision";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "metaData";

    private EventDocuments() {
    }

    /** The unique key of an event in its stream: one writer wins each (child, sequence). */
    static String streamKey(String aggregateId, long sequence) {
        return aggregateId + "/" + sequence;
    }

    static Document toDocument(long position, EventMessage<?> event, Serializer serializer) {
        String aggregateId;
        String type;
        long sequence;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            type = domain.getType();
            sequence = domain.getSequenceNumber();
        } else {
            // An event from no aggregate still needs a unique stream key: it is a stream of one.
            aggregateId = event.getIdentifier();
            type = null;
            sequence = 0;
        }
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document(POSITION, position)
                .append(STREAM_KEY, streamKey(aggregateId, sequence))
                .append(EVENT_ID, event.getIdentifier())
                .append(AGGREGATE_ID, aggregateId)
                .append(AGGREGATE_TYPE, type)
                .append(SEQUENCE, sequence)
                .append(TIMESTAMP, event.getTimestamp().toString())
                .append(STORED_AT, Date.from(event.getTimestamp()))
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    static DomainEventData<String> toEventData(Document document) {
        return new GenericDomainEventEntry<>(
                document.getString(AGGREGATE_TYPE),
                document.getString(AGGREGATE_ID),
                ((Number) document.get(SEQUENCE)).longValue(),
                document.getString(EVENT_ID),
                document.getString(TIMESTAMP),
                document.getString(PAYLOAD_TYPE),
                document.getString(PAYLOAD_REVISION),
                document.getString(PAYLOAD),
                document.getString(META_DATA));
    }

    static long position(Document document) {
        return ((Number) document.get(POSITION)).longValue();
    }

    static long sequence(Document document) {
        return ((Number) document.get(SEQUENCE)).longValue();
    }
}
