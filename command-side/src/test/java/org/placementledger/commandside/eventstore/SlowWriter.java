package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.EventMessage;

import java.time.Clock;

/**
 * A writer caught between taking its position and storing its event (a pause, a slow network), doing
 * exactly what the engine's append does, in two steps the scenario can part.
 */
final class SlowWriter {

    private final MongoDatabase database;
    private final Clock clock;
    private long position = -1;

    SlowWriter(MongoDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    long takePosition() {
        position = new PositionAllocator(database.getCollection("event_counters")).allocate(1);
        return position;
    }

    void finish(EventMessage<?> event) {
        database.getCollection("events").insertOne(EventDocuments.toDocument(position, event, StoreFixture.serializer(), clock.instant()));
    }
}
