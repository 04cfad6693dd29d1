package org.placementledger.projections.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.DeserializationHandlerResponse;
import org.junit.jupiter.api.Test;
import org.placementledger.events.privacy.ChildKeys;

import static org.assertj.core.api.Assertions.assertThat;

class UnreadableRecordsTest {

    private final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("placement-events", 2, 41L, new byte[0], new byte[0]);

    @Test
    @SuppressWarnings("deprecation")
    void a_record_waiting_for_the_key_store_is_read_again_not_passed_over() {
        Exception wrapped = new SerializationException("cannot read", new RuntimeException(new ChildKeys.Unavailable("C1", new RuntimeException("timeout"))));

        assertThat(new UnreadableRecords().handle((org.apache.kafka.streams.processor.ProcessorContext) null, record, wrapped)).isEqualTo(DeserializationHandlerResponse.FAIL);
    }

    @Test
    @SuppressWarnings("deprecation")
    void a_record_that_is_not_an_event_is_passed_over() {
        assertThat(new UnreadableRecords().handle((org.apache.kafka.streams.processor.ProcessorContext) null, record, new SerializationException("not JSON")))
                .isEqualTo(DeserializationHandlerResponse.CONTINUE);
    }
}
