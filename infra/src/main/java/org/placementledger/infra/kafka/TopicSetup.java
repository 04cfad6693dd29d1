package org.placementledger.infra.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.placementledger.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the placement-events topic if it is missing. It is the projections' replay log, so it keeps
 * every record forever: no time or size retention, no compaction.
 */
public final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private final String bootstrapServers;
    private final int partitions;
    private final int replicationFactor;

    public TopicSetup(String bootstrapServers, int partitions, int replicationFactor) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /** The latest measures for other systems to read: compacted, so the newest figure per council stays. */
    public void ensureMeasuresTopic() {
        ensureCompacted(Topics.PLACEMENT_MEASURES, 1);
    }

    /** Every child's timeline, which every instance reads whole: compacted, the newest timeline per child. */
    public void ensureTimelinesTopic() {
        ensureCompacted(org.placementledger.projections.incare.InCareNowTopology.TIMELINES_TOPIC, partitions);
    }

    private void ensureCompacted(String name, int topicPartitions) {
        Optional<Short> replicas = replicationFactor > 0 ? Optional.of((short) replicationFactor) : Optional.empty();
        NewTopic topic = new NewTopic(name, Optional.of(topicPartitions), replicas)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the topic " + name, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + name, e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create " + name + " in time", e);
        }
    }

    public void ensurePlacementEventsTopic() {
        Optional<Short> replicas = replicationFactor > 0 ? Optional.of((short) replicationFactor) : Optional.empty();
        NewTopic topic = new NewTopic(Topics.PLACEMENT_EVENTS, Optional.of(partitions), replicas).configs(Map.of(
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            try {
                admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
                log.info("Created topic {} with {} partitions, kept forever", Topics.PLACEMENT_EVENTS, partitions);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) throw e;
                warnIfNotKeptForever(admin);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + Topics.PLACEMENT_EVENTS, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the topic " + Topics.PLACEMENT_EVENTS + " on " + bootstrapServers, e);
        }
    }

    private void warnIfNotKeptForever(Admin admin) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PLACEMENT_EVENTS);
        Config config = admin.describeConfigs(List.of(resource)).all().get(60, TimeUnit.SECONDS).get(resource);
        String retention = config.get(TopicConfig.RETENTION_MS_CONFIG).value();
        if (!"-1".equals(retention)) {
            log.warn("Topic {} has retention.ms={}: records older than that will be deleted and the projections "
                    + "can then no longer be rebuilt from Kafka alone. Set retention.ms=-1.", Topics.PLACEMENT_EVENTS, retention);
        }
    }
}
