package org.placementledger.infra.reconciliation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.OptionalLong;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The relay's place in the event store, read from its token as Axon's MongoDB token store keeps it. Read, not
 * fetched through the token store: a fetch claims the token, and only the instance relaying may hold the claim.
 * Any instance can so tell where the relay stands, whichever of them is relaying.
 */
final class RelayPosition {

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final String processorName;

    RelayPosition(MongoDatabase database, Serializer serializer, String processorName) {
        this.tokens = database.getCollection("trackingtokens");
        this.serializer = serializer;
        this.processorName = processorName;
    }

    /** The global position of the last event the relay has on the topic; -1 before the first; empty with no token yet. */
    OptionalLong position() {
        Document entry = tokens.find(and(eq("processorName", processorName), eq("segment", 0))).first();
        if (entry == null) return OptionalLong.empty();
        Object bytes = entry.get("token");
        if (bytes == null) return OptionalLong.of(-1);
        byte[] data = bytes instanceof Binary binary ? binary.getData() : (byte[]) bytes;
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class,
                new SimpleSerializedType(entry.getString("tokenType"), null)));
        if (token == null) return OptionalLong.of(-1);
        return token.position();
    }
}
