package org.placementledger.projections.kafka;

import org.apache.kafka.common.serialization.Serdes;
import org.placementledger.events.RecordedEvent;

/**
 * The serde of the placement-events values as a class with a no-argument constructor, so that Streams can
 * be given it by name as its default value serde.
 */
public final class RecordedEventSerde extends Serdes.WrapperSerde<RecordedEvent> {

    public RecordedEventSerde() {
        this(new JsonSerde<>(RecordedEvent.class));
    }

    private RecordedEventSerde(JsonSerde<RecordedEvent> json) {
        super(json.serializer(), json.deserializer());
    }
}
