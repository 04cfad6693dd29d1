package org.placementledger.infra.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.placementledger.events.Topics;
import org.placementledger.events.json.LedgerJson;
import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.infra.kafka.KafkaConnection;
import org.placementledger.infra.kafka.TopicSetup;
import org.placementledger.measures.Measures;
import org.placementledger.projections.live.LiveMeasures;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Map;

@Configuration
public class LiveMeasuresConfig {

    private static final Logger log = LoggerFactory.getLogger(LiveMeasuresConfig.class);

    @Bean(destroyMethod = "close")
    public Producer<String, byte[]> measuresProducer(KafkaConnection connection, TopicSetup topicsReady) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "placement-ledger-measures",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    @Bean(destroyMethod = "close")
    public LiveMeasures liveMeasures(TimelineIndex timelines, Measures measures, Clock clock, LedgerProperties properties,
                                     Producer<String, byte[]> measuresProducer,
                                     org.placementledger.queryside.dashboard.DashboardStream dashboards, TopicSetup topics) {
        ObjectMapper json = LedgerJson.mapper();
        String council = properties.measures().councilAreaCode();
        LiveMeasures live = new LiveMeasures(timelines, measures, clock, report -> {
            dashboards.publish(report);
            // Before the topics are made, a send would have the broker make this one uncompacted.
            if (!topics.ready()) return;
            try {
                measuresProducer.send(new ProducerRecord<>(Topics.PLACEMENT_MEASURES, council, json.writeValueAsBytes(report)));
            } catch (Exception e) {
                // The topic is a courtesy to other systems; the dashboard does not depend on it.
                log.warn("Could not publish today's measures to {}: {}", Topics.PLACEMENT_MEASURES, e.getMessage());
            }
        });
        live.start(20);
        return live;
    }
}
