package org.placementledger.commandside.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.placementledger.events.json.LedgerJson;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An engine over an in-process MongoDB wire server, as the application runs it on its embedded defaults. */
final class StoreFixture implements AutoCloseable {

    static final String AGGREGATE_TYPE = "ChildAggregate";
    private static final String[] PLACEMENT_TYPES = {"U1", "U3", "U4", "U6", "K2", "R1"};

    final MongoServer server;
    final MongoClient client;
    final MongoDatabase database;
    final RecordedCommands commands = new RecordedCommands();
    final MongoPositionedEventStorageEngine engine;

    StoreFixture(MongoBackend backend, int batchSize, Clock clock) {
        server = new MongoServer(backend);
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(commands)
                .build());
        database = client.getDatabase("placement-ledger");
        engine = engine(database, batchSize, clock);
    }

    static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(LedgerJson.mapper()).build();
    }

    static MongoPositionedEventStorageEngine engine(MongoDatabase database, int batchSize, Clock clock) {
        Serializer serializer = serializer();
        return MongoPositionedEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .batchSize(batchSize)
                .clock(clock)
                .build();
    }

    /** A child's placement as the child aggregate would apply it as its event number {@code sequence}. */
    static DomainEventMessage<PlacementRecorded> placement(String childId, long sequence) {
        return placement(childId, sequence, Instant.now());
    }

    static DomainEventMessage<PlacementRecorded> placement(String childId, long sequence, Instant at) {
        PlacementRecorded payload = new PlacementRecorded(childId, LocalDate.of(2024, 4, 1).plusDays(7 * sequence),
                PLACEMENT_TYPES[(int) (sequence % PLACEMENT_TYPES.length)], sequence % 3 == 0 ? "PR1" : "PR4");
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, childId, sequence, payload,
                MetaData.with("recordedBy", "j.smith"), UUID.randomUUID().toString(), at);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
