package org.placementledger.infra.published;

import com.mongodb.client.MongoDatabase;
import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.measures.published.PublishedFiguresHolder;
import org.placementledger.queryside.measures.ComparatorsController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DfE's published figures: the release shipped in the jar, with any newer table an administrator loaded over it. */
@Configuration
public class PublishedConfig {

    @Bean
    public PublishedTables publishedTables(MongoDatabase database) {
        return new PublishedTables(database);
    }

    @Bean
    public PublishedFiguresHolder publishedFigures(PublishedTables tables) {
        return new PublishedFiguresHolder(tables.loadAll());
    }

    @Bean
    public ComparatorsController.Settings comparatorSettings(LedgerProperties properties) {
        return new ComparatorsController.Settings(properties.measures().councilAreaCode(), properties.published().childPopulation());
    }
}
