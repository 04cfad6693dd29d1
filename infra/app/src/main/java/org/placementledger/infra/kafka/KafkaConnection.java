package org.placementledger.infra.kafka;

import org.placementledger.infra.embedded.EmbeddedKafka;

import java.util.Optional;

/** The Kafka cluster the app talks to: a configured one, or the embedded broker it started itself. */
public record KafkaConnection(String bootstrapServers, Optional<EmbeddedKafka> embedded) implements AutoCloseable {

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedKafka::close);
    }
}
