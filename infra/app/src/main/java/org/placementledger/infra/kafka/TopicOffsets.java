package org.placementledger.infra.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Where a topic's records begin and end, partition by partition. */
public final class TopicOffsets {

    private TopicOffsets() {
    }

    /** Per partition: {first offset, end offset}; the records between them are what the topic holds. */
    public static Map<TopicPartition, long[]> span(Admin admin, String topic) {
        try {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var p : partitions) {
                TopicPartition tp = new TopicPartition(topic, p.partition());
                earliest.put(tp, OffsetSpec.earliest());
                latest.put(tp, OffsetSpec.latest());
            }
            var first = admin.listOffsets(earliest).all().get();
            var end = admin.listOffsets(latest).all().get();
            Map<TopicPartition, long[]> out = new HashMap<>();
            for (TopicPartition tp : earliest.keySet()) out.put(tp, new long[]{first.get(tp).offset(), end.get(tp).offset()});
            return out;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read " + topic + "'s offsets: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + topic + "'s offsets", e);
        }
    }

    /** How many records the topic holds. */
    public static long held(Admin admin, String topic) {
        long held = 0;
        for (long[] span : span(admin, topic).values()) held += span[1] - span[0];
        return held;
    }
}
