package org.placementledger.infra.relay;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.placementledger.events.privacy.PersonalDataSeal;
import org.placementledger.infra.kafka.KafkaConnection;
import org.placementledger.infra.kafka.TopicSetup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

@Configuration
public class RelayConfig {

    @Bean(destroyMethod = "close")
    public Producer<String, byte[]> relayProducer(KafkaConnection connection, TopicSetup topicsReady) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "placement-ledger-relay",
                // Idempotence keeps a retried send from writing a record twice or out of order.
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 1,
                // Fail a batch within seconds when Kafka is away, so the processor retries instead of hanging.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Written sealed: the topic keeps every event for as long as the log is kept, so erasure must reach it too. */
    @Bean
    public KafkaEventRelay kafkaEventRelay(Producer<String, byte[]> relayProducer, PersonalDataSeal seal, TopicSetup topics) {
        return new KafkaEventRelay(relayProducer, seal::write, topics::ready);
    }
}
