package org.placementledger.infra.streams;

import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.infra.kafka.KafkaConnection;
import org.placementledger.infra.kafka.TopicSetup;
import org.placementledger.projections.kafka.StreamsSettings;
import org.placementledger.projections.alerts.AlertsProjection;
import org.placementledger.projections.timelines.TimelineIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


@Configuration
public class StreamsConfig {

    /** After the seal is installed: the projections must never write a topic or store without it. */
    @Bean
    @org.springframework.context.annotation.DependsOn("installedSeal")
    public ProjectionStreams projectionStreams(KafkaConnection kafka, TopicSetup topicsReady,
                                               LedgerProperties properties, TimelineIndex timelines,
                                               AlertsProjection alerts) {
        return new ProjectionStreams(
                StreamsSettings.of(properties.kafka().applicationId(), kafka.bootstrapServers(), properties.dataDir().resolve("streams")),
                timelines, alerts, topicsReady::whenReady);
    }
}
