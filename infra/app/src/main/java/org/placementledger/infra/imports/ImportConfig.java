package org.placementledger.infra.imports;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.placementledger.commandside.aggregate.ChildAggregate;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.eventstore.EventStoreChildStreams;
import org.placementledger.commandside.http.RecordingMetadata;
import org.placementledger.commandside.imports.ChildStreams;
import org.placementledger.commandside.imports.Folders;
import org.placementledger.commandside.http.ImportUploads;
import org.placementledger.commandside.imports.ImportStore;
import org.placementledger.commandside.imports.ImportSettings;
import org.placementledger.commandside.imports.Ssda903Importer;
import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.infra.mongo.MongoConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

@Configuration
public class ImportConfig {

    @Bean
    public ImportStore importStore(MongoDatabase database, MongoConnection connection, Clock clock) {
        ImportStore store = new ImportStore(database, connection.embedded().isEmpty());
        store.failInterrupted(clock.instant());
        return store;
    }

    @Bean
    public ImportUploads importUploads(LedgerProperties properties) {
        return new ImportUploads(properties.dataDir().resolve("imports").resolve("uploads"));
    }

    /** Many children's streams read and appended at once, for imports. */
    @Bean
    public ChildStreams childStreams(EventStore eventStore, MongoDatabase database) {
        return new EventStoreChildStreams(eventStore, database, "events", ChildAggregate.class.getSimpleName(), RecordingMetadata.RECORDED_BY);
    }

    /**
     * @param workers batches of children planned and written at once
     * @param buckets how many parts a return is split into by child; one part at a time is held in memory
     * @param maxRows the most rows a file of a return may have (England's whole care population is about 83,000 children)
     */
    @Bean
    public Ssda903Importer ssda903Importer(CommandGateway commands, ChildStreams streams, ImportStore store, Clock clock,
                                           RecordLimits limits, LedgerProperties properties,
                                           @Value("${placement-ledger.import.workers:4}") int workers,
                                           @Value("${placement-ledger.import.buckets:64}") int buckets,
                                           @Value("${placement-ledger.import.max-rows:2000000}") long maxRows) {
        Path work = properties.dataDir().resolve("imports").resolve("work");
        // What an import cut short by a stop left behind; the import itself was marked failed by the store.
        Folders.delete(work);
        return new Ssda903Importer(commands, streams, store, clock, limits, new ImportSettings(work, workers, buckets, maxRows));
    }
}
