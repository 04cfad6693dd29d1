package org.placementledger.commandside.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

/**
 * One stored event as a MongoDB document. Payload and metadata are kept as the serializer's text, so what
 * is stored is exactly what was serialised and upcasters see it unchanged.
 * <p>
 * Three times are kept. {@code timestamp} is Axon's ISO text of the event's own time and is what Axon reads
 * back (a BSON date would lose the nanoseconds); {@code timestampDate} is the same instant as a date, for
 * people querying the collection. {@code storedAt} is the writer's clock just before the insert, taken after
 * the event's position was handed out: every position below it was handed out earlier, which is what lets a
 * reader judge the age of a gap (an event's own timestamp may be much older than its append).
 */
final class EventDocuments {

    static final String POSITION = "_id";
    static final String STREAM_KEY = "streamKey";
    static final String EVENT_ID = "eventId";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String SEQUENCE = "sequence";
    static final String TIMESTAMP = "timestamp";
    static final String TIMESTAMP_DATE = "timestampDate";
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

    static Document toDocument(long position, EventMessage<?> event, Serializer serializer, Instant storedAt) {
        return place(toDocument(event, serializer), position, storedAt);
    }

    /** Gives an event its position, and the time it was placed there. */
    static Document place(Document document, long position, Instant storedAt) {
        document.put(POSITION, position);
        document.put(STORED_AT, Date.from(storedAt));
        return document;
    }

    /** The snapshot of an aggregate: one per aggregate, so its id is the aggregate's. */
    static Document toSnapshotDocument(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = toDocument(snapshot, serializer);
        document.remove(STREAM_KEY);
        document.put(POSITION, snapshot.getAggregateIdentifier());
        return document;
    }

    /** An event without its position yet. */
    static Document toDocument(EventMessage<?> event, Serializer serializer) {
        String aggregateId = null;
        String type = null;
        long sequence = 0;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            type = domain.getType();
            sequence = domain.getSequenceNumber();
        }
        // An event of no aggregate is a stream of one, keyed by its own id, so the unique key still holds.
        String streamKey = streamKey(aggregateId != null ? aggregateId : event.getIdentifier(), sequence);
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        return new Document(STREAM_KEY, streamKey)
                .append(EVENT_ID, event.getIdentifier())
                .append(AGGREGATE_ID, aggregateId)
                .append(AGGREGATE_TYPE, type)
                .append(SEQUENCE, sequence)
                .append(TIMESTAMP, event.getTimestamp().toString())
                .append(TIMESTAMP_DATE, Date.from(event.getTimestamp()))
                .append(PAYLOAD_TYPE, payload.getType().getName())
                .append(PAYLOAD_REVISION, payload.getType().getRevision())
                .append(PAYLOAD, payload.getData())
                .append(META_DATA, metaData.getData());
    }

    /** Without an aggregate id Axon hands the event on as a plain event, as it was appended. */
    static DomainEventData<String> toEventData(Document document) {
        return new GenericDomainEventEntry<>(
                document.getString(AGGREGATE_TYPE),
                document.getString(AGGREGATE_ID),
                sequence(document),
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

    static Instant timestamp(Document document) {
        return Instant.parse(document.getString(TIMESTAMP));
    }

    /** When the event was appended; an event stored without it counts as appended at its own time. */
    static Instant storedAt(Document document) {
        Date storedAt = document.getDate(STORED_AT);
        return storedAt != null ? storedAt.toInstant() : timestamp(document);
    }
}
