package org.placementledger.infra.streams;

import com.mongodb.client.MongoDatabase;
import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.infra.kafka.KafkaConnection;
import org.placementledger.infra.kafka.TopicSetup;
import org.placementledger.projections.incare.MongoCountsSink;
import org.placementledger.projections.kafka.StreamsSettings;
import org.placementledger.projections.alerts.AlertsProjection;
import org.placementledger.projections.timelines.TimelineIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration
public class StreamsConfig {

    /** After the seal is installed: the projections must never write a topic or store without it. */
    @Bean
    @org.springframework.context.annotation.DependsOn("installedSeal")
    public ProjectionStreams projectionStreams(KafkaConnection kafka, TopicSetup topicsReady, MongoDatabase database,
                                               LedgerProperties properties, Clock clock, TimelineIndex timelines,
                                               AlertsProjection alerts) {
        return new ProjectionStreams(
                StreamsSettings.of(properties.kafka().applicationId(), kafka.bootstrapServers(), properties.dataDir().resolve("streams")),
                new MongoCountsSink(database, clock), timelines, alerts, topicsReady::whenReady);
    }
}
