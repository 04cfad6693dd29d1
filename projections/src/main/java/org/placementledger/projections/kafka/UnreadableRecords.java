package org.placementledger.projections.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.processor.ProcessorContext;
import org.placementledger.events.privacy.ChildKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * A record that is not readable as what its topic holds is logged with its topic, partition and offset and passed
 * over. A record that cannot be read because the children's keys cannot be reached just now is not passed over: the
 * stream thread fails, is replaced, and reads it again, so that a short outage of the key store loses no event.
 */
public final class UnreadableRecords implements DeserializationExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRecords.class);

    @Override
    @SuppressWarnings("deprecation")
    public DeserializationHandlerResponse handle(ProcessorContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChildKeys.Unavailable unavailable) {
                log.error("Record {}-{} at offset {} waits for the children's keys: {}", record.topic(), record.partition(), record.offset(),
                        unavailable.getMessage());
                return DeserializationHandlerResponse.FAIL;
            }
        }
        log.warn("Record {}-{} at offset {} is not readable and is passed over: {}", record.topic(), record.partition(), record.offset(),
                exception.getMessage());
        return DeserializationHandlerResponse.CONTINUE;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }
}
