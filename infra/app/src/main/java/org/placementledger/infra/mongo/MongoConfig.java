package org.placementledger.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.infra.embedded.EmbeddedMongo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

@Configuration
public class MongoConfig {

    @Bean(destroyMethod = "close")
    public MongoConnection mongoConnection(LedgerProperties properties) {
        if (properties.mongodb().embedded()) {
            EmbeddedMongo embedded = EmbeddedMongo.start(properties.dataDir());
            return new MongoConnection(embedded.connectionString(), Optional.of(embedded));
        }
        return new MongoConnection(properties.mongodb().uri(), Optional.empty());
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(MongoConnection connection) {
        ConnectionString uri = new ConnectionString(connection.uri());
        MongoClientSettings.Builder settings = MongoClientSettings.builder().applyConnectionString(uri);
        // An event acknowledged to a recorder must survive the loss of the primary.
        if (uri.getWriteConcern() == null && connection.embedded().isEmpty()) {
            settings.writeConcern(WriteConcern.MAJORITY);
        }
        return MongoClients.create(settings.build());
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoClient client, LedgerProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }
}
