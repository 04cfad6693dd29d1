package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.json.LedgerJson;

import java.time.Clock;
import java.time.LocalDate;

/** An engine over an in-process MongoDB wire server, as the application runs it on its embedded defaults. */
final class StoreFixture implements AutoCloseable {

    final MongoServer server;
    final MongoClient client;
    final MongoDatabase database;
    final MongoPositionedEventStorageEngine engine;

    StoreFixture(MongoBackend backend, int batchSize, Clock clock) {
        server = new MongoServer(backend);
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("placement-ledger");
        engine = engine(database, batchSize, clock);
    }

    static MongoPositionedEventStorageEngine engine(MongoDatabase database, int batchSize, Clock clock) {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(LedgerJson.mapper()).build();
        return MongoPositionedEventStorageEngine.builder()
                .database(database)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .batchSize(batchSize)
                .clock(clock)
                .build();
    }

    /** A legal status change of one child, as the child aggregate would apply it. */
    static DomainEventMessage<LegalStatusChanged> statusChange(String childId, long sequence) {
        return new GenericDomainEventMessage<>("ChildAggregate", childId, sequence,
                new LegalStatusChanged(childId, LocalDate.of(2024, 4, 1).plusDays(sequence), sequence % 2 == 0 ? LegalStatus.C1 : LegalStatus.C2),
                MetaData.with("recordedBy", "j.smith"));
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
