package org.placementledger.infra.reconciliation;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.placementledger.events.Topics;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How far the projections' Kafka Streams group has read the events topic: its committed offsets against the
 * partitions' ends. Under exactly-once a committed offset is one whose record's effects are in the stores.
 */
final class ProjectionLag {

    /** Where the group stands: records read, and records on the topic not yet read. */
    record Reading(long applied, long lag) {
    }

    private final Admin admin;
    private final String groupId;
    private final Duration timeout;

    ProjectionLag(Admin admin, String groupId, Duration timeout) {
        this.admin = admin;
        this.groupId = groupId;
        this.timeout = timeout;
    }

    /** @throws IllegalStateException when Kafka does not answer in time */
    Reading read() {
        try {
            var partitions = admin.describeTopics(java.util.List.of(Topics.PLACEMENT_EVENTS)).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(Topics.PLACEMENT_EVENTS).partitions();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var p : partitions) latest.put(new TopicPartition(Topics.PLACEMENT_EVENTS, p.partition()), OffsetSpec.latest());
            var ends = admin.listOffsets(latest).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long applied = 0;
            long lag = 0;
            for (TopicPartition tp : latest.keySet()) {
                OffsetAndMetadata at = committed.get(tp);
                long read = at == null ? 0 : at.offset();
                applied += read;
                lag += Math.max(0, ends.get(tp).offset() - read);
            }
            return new Reading(applied, lag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the projections' offsets", e);
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Kafka did not tell the projections' offsets (" + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", e);
        }
    }
}
