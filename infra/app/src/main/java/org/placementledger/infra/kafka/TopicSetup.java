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
 * <p>
 * Kafka need not be there when the application starts: recording needs only the event store. The topics are
 * then made {@linkplain #ensureInBackground in the background}, tried again every few seconds until Kafka answers,
 * and what needs them (the relay, the projections) waits for {@link #ready()}. Neither may run before: a relay
 * sending to a topic not made yet would have the broker make it with its defaults (one partition, a week's
 * retention), and the projections stop on a missing source topic.
 */
public final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    /** Between two tries to reach Kafka while it is away. */
    private static final long RETRY_EVERY_MS = 2_000;
    /** How long one try waits for Kafka to answer. */
    private static final long ANSWER_WITHIN_S = 10;

    private final String bootstrapServers;
    private final int partitions;
    private final int replicationFactor;
    private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
    private final java.util.List<Runnable> whenReady = new java.util.concurrent.CopyOnWriteArrayList<>();

    public TopicSetup(String bootstrapServers, int partitions, int replicationFactor) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /** Every topic the application uses, made now or found; throws when Kafka does not answer. */
    public void ensureAll() {
        ensurePlacementEventsTopic();
        ensureMeasuresTopic();
        ensureTimelinesTopic();
        markReady();
    }

    /** Makes the topics on a thread of its own, trying again until Kafka answers; returns at once. */
    public void ensureInBackground() {
        Thread thread = new Thread(() -> {
            long failures = 0;
            while (!ready()) {
                try {
                    ensureAll();
                    if (failures > 0) log.info("Kafka at {} answered after {} tries: the topics are ready", bootstrapServers, failures + 1);
                } catch (RuntimeException e) {
                    // Once, then once a minute: the figures wait, recording does not.
                    if (failures++ % 30 == 0) {
                        log.warn("Kafka at {} cannot be reached ({}): recording goes on, and the relay and the projections "
                                + "start once it answers", bootstrapServers, rootMessage(e));
                    }
                    try {
                        Thread.sleep(RETRY_EVERY_MS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }, "kafka-topic-setup");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether every topic is known to exist. */
    public boolean ready() {
        return ready.getCount() == 0;
    }

    /** Waits for the topics; false if they were not ready in time. */
    public boolean awaitReady(java.time.Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the action once the topics are ready: now, on this thread, if they are; else on the setup's thread. */
    public void whenReady(Runnable action) {
        whenReady.add(action);
        if (ready() && whenReady.remove(action)) action.run();
    }

    private void markReady() {
        ready.countDown();
        for (Runnable action : whenReady) {
            if (whenReady.remove(action)) action.run();
        }
    }

    /** One try's admin client: its calls give up within a try's time, so closing it never waits longer. */
    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(ANSWER_WITHIN_S),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(ANSWER_WITHIN_S) / 2));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The latest measures for other systems to read: compacted, so the newest figure per council stays. */
    public void ensureMeasuresTopic() {
        ensureCompacted(Topics.PLACEMENT_MEASURES, 1);
    }

    /** Every child's timeline, which every instance reads whole: compacted, the newest timeline per child. */
    public void ensureTimelinesTopic() {
        ensureCompacted(org.placementledger.projections.incare.TimelinesTopology.TIMELINES_TOPIC, partitions);
    }

    private void ensureCompacted(String name, int topicPartitions) {
        Optional<Short> replicas = replicationFactor > 0 ? Optional.of((short) replicationFactor) : Optional.empty();
        NewTopic topic = new NewTopic(name, Optional.of(topicPartitions), replicas)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try (Admin admin = admin()) {
            admin.createTopics(List.of(topic)).all().get(ANSWER_WITHIN_S, TimeUnit.SECONDS);
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
        try (Admin admin = admin()) {
            try {
                admin.createTopics(List.of(topic)).all().get(ANSWER_WITHIN_S, TimeUnit.SECONDS);
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
        Config config = admin.describeConfigs(List.of(resource)).all().get(ANSWER_WITHIN_S, TimeUnit.SECONDS).get(resource);
        String retention = config.get(TopicConfig.RETENTION_MS_CONFIG).value();
        if (!"-1".equals(retention)) {
            log.warn("Topic {} has retention.ms={}: records older than that will be deleted and the projections "
                    + "can then no longer be rebuilt from Kafka alone. Set retention.ms=-1.", Topics.PLACEMENT_EVENTS, retention);
        }
    }
}
