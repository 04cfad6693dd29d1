package org.placementledger.projections.kafka;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.Topics;

/** A topic with the serdes of its keys and values, shared by whoever writes it and whoever reads it. */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public static final TopicSpec<String, RecordedEvent> PLACEMENT_EVENTS =
            new TopicSpec<>(Topics.PLACEMENT_EVENTS, Serdes.String(), new RecordedEventSerde());
}
