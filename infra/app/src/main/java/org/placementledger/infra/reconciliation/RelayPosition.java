package org.placementledger.infra.reconciliation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.bson.types.Binary;

import org.axonframework.eventhandling.GapAwareTrackingToken;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    /**
     * Where the relay stands: the global position of the last event it has on the topic (-1 before the first), and
     * the positions below it it is still waiting for (its token's gaps: handed out to appends not written when it
     * passed them). An event written into one of those since is on its way too, though it stands below the position.
     */
    record Place(long index, Collection<Long> awaited) {
    }

    /** The relay's place; empty with no token yet. */
    Optional<Place> place() {
        Document entry = tokens.find(and(eq("processorName", processorName), eq("segment", 0))).first();
        if (entry == null) return Optional.empty();
        Object bytes = entry.get("token");
        if (bytes == null) return Optional.of(new Place(-1, List.of()));
        byte[] data = bytes instanceof Binary binary ? binary.getData() : (byte[]) bytes;
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(data, byte[].class,
                new SimpleSerializedType(entry.getString("tokenType"), null)));
        if (token == null) return Optional.of(new Place(-1, List.of()));
        Collection<Long> gaps = token instanceof GapAwareTrackingToken gapAware ? gapAware.getGaps() : List.of();
        return Optional.of(new Place(token.position().orElse(-1), gaps));
    }
}
