package org.placementledger.commandside.eventstore;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.commandside.eventstore.StoreFixture.placement;

/**
 * Every query the engine sends is an equality or {@code $in} on {@code _id} or a unique single-field key,
 * the only queries the embedded server answers from an index; anything else would scan the whole store.
 */
class HotReadsByUniqueKeyTest {

    private static final Set<String> UNIQUE_KEYS = Set.of("_id", "streamKey", "eventId");

    private final MovableClock clock = new MovableClock(Instant.now());
    private final StoreFixture store = new StoreFixture(new MemoryBackend(), 10, clock);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givenABusyStore_whenEveryKindOfReadAndWriteIsMade_thenEachQueryIsByAUniqueKey() {
        for (int i = 0; i < 60; i++) store.engine.appendEvents(placement("TQ-" + (1000 + i % 4), i / 4));
        new SlowWriter(store.database, clock).takePosition();
        new PositionAllocator(store.database.getCollection("event_counters")).allocate(25);
        store.engine.appendEvents(placement("TQ-1000", 15));
        store.engine.storeSnapshot(placement("TQ-1000", 15));
        store.engine.storeSnapshot(placement("TQ-1000", 12));
        store.commands.clear();

        store.engine.readEvents("TQ-1001").asStream().count();
        store.engine.readEvents("TQ-1001", 7).asStream().count();
        store.engine.lastSequenceNumberFor("TQ-1002");
        store.engine.readSnapshot("TQ-1000");
        List<TrackingToken> tokens = store.engine.readEvents(null, false).map(m -> m.trackingToken()).toList();
        store.engine.readEvents(tokens.get(tokens.size() - 1), false).count();
        store.engine.createHeadToken();
        store.engine.createTokenAt(Instant.now().minusSeconds(5));
        store.engine.appendEvents(placement("TQ-1003", 15));
        store.engine.storeSnapshot(placement("TQ-1003", 15));

        assertThat(store.commands.all()).isNotEmpty().allSatisfy(command ->
                assertThat(answeredByUniqueKey(command)).as(command.toJson()).isTrue());
        assertThat(store.commands.findsOn("events")).hasSizeGreaterThan(5);
    }

    private static boolean answeredByUniqueKey(BsonDocument command) {
        return switch (command.getFirstKey()) {
            case "find" -> !command.containsKey("sort") && byUniqueKey(command.getDocument("filter"));
            case "findAndModify" -> !command.containsKey("sort") && byUniqueKey(command.getDocument("query"));
            case "update" -> command.getArray("updates").stream().allMatch(u -> byUniqueKey(u.asDocument().getDocument("q")));
            case "insert", "createIndexes" -> true;
            default -> false;
        };
    }

    /** A filter that names a unique key by equality or {@code $in}; other conditions may only narrow it. */
    private static boolean byUniqueKey(BsonDocument filter) {
        if (filter.containsKey("$and")) {
            return filter.getArray("$and").stream().anyMatch(part -> byUniqueKey(part.asDocument()));
        }
        for (String key : UNIQUE_KEYS) {
            BsonValue value = filter.get(key);
            if (value == null) continue;
            if (!value.isDocument()) return true;
            if (value.asDocument().keySet().equals(Set.of("$in"))) return true;
        }
        return false;
    }
}
