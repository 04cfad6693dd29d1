package org.placementledger.infra.kafka;

import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.infra.embedded.EmbeddedKafka;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

@Configuration
public class KafkaConfig {

    @Bean(destroyMethod = "close")
    public KafkaConnection kafkaConnection(LedgerProperties properties) {
        if (properties.kafka().embedded()) {
            EmbeddedKafka embedded = EmbeddedKafka.start(properties.dataDir());
            return new KafkaConnection(embedded.bootstrapServers(), Optional.of(embedded));
        }
        return new KafkaConnection(properties.kafka().bootstrapServers(), Optional.empty());
    }

    @Bean
    public TopicSetup topicSetup(KafkaConnection connection, LedgerProperties properties) {
        TopicSetup setup = new TopicSetup(connection.bootstrapServers(), properties.kafka().partitions(),
                properties.kafka().replicationFactor());
        if (connection.embedded().isPresent()) {
            // The broker is this process's own and already up: a failure here is a fault to stop on.
            setup.ensureAll();
        } else {
            setup.ensureInBackground();
        }
        return setup;
    }
}
