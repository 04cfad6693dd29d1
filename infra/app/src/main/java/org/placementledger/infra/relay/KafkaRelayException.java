package org.placementledger.infra.relay;

/** Kafka did not take a batch of events; the relay's processor retries it from its last token. */
public class KafkaRelayException extends RuntimeException {

    public KafkaRelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
