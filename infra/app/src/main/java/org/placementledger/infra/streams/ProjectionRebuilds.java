package org.placementledger.infra.streams;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.placementledger.events.Topics;
import org.placementledger.infra.kafka.TopicOffsets;
import org.placementledger.projections.incare.TimelinesTopology;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds every projection and read model from the retained event log: the projections stop, their state in
 * Kafka and on disk goes, the read models they write are emptied, and they start again from the first event of
 * {@code placement-events}. Progress (events done of those on the topic when it began, rate, time left) is in
 * the log every ten seconds and at {@link #progress()}.
 */
public final class ProjectionRebuilds implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProjectionStreams streams;
    private final Admin admin;
    private final String applicationId;
    private final MongoDatabase database;
    private final TimelineIndex timelines;
    private final Clock clock;
    private final Runnable remakeTopics;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "projection-rebuild");
        t.setDaemon(true);
        return t;
    });

    /** Where a rebuild under way is recorded, so that one cut short is started again at the next start. */
    static final String COLLECTION = "projection_rebuild";
    private static final String UNDER_WAY = "UNDER_WAY";

    private volatile String state = "IDLE";
    /** Events gathered for the rebuild were dropped before they were applied: the rebuild must start again. */
    private volatile boolean gatheredLost;
    private volatile Instant startedAt;
    private volatile String message;
    /** Per partition: the first offset on the topic and the end offset when the rebuild began. */
    private volatile Map<TopicPartition, long[]> span = Map.of();
    /** Events applied in this pass of the rebuild, and when the first was (System.nanoTime, 0 before it). */
    private final java.util.concurrent.atomic.AtomicLong appliedEvents = new java.util.concurrent.atomic.AtomicLong();
    private volatile long firstAppliedNanos;

    public ProjectionRebuilds(ProjectionStreams streams, Admin admin, String applicationId, MongoDatabase database,
                              TimelineIndex timelines, Clock clock, Runnable remakeTopics) {
        this.remakeTopics = remakeTopics;
        this.streams = streams;
        this.admin = admin;
        this.applicationId = applicationId;
        this.database = database;
        this.timelines = timelines;
        this.clock = clock;
    }

    /** Starts a rebuild unless one is under way; returns where it stands. */
    public synchronized RebuildProgress start() {
        if (state.equals("RESETTING") || state.equals("REBUILDING")) return progress();
        state = "RESETTING";
        startedAt = clock.instant();
        message = "stopping the projections and deleting their state";
        worker.execute(this::rebuild);
        return progress();
    }

    private void rebuild() {
        try {
            record(UNDER_WAY);
            boolean again;
            do {
                again = rebuildOnce();
                if (again) {
                    log.warn("Events gathered for the rebuild were dropped before they were applied; starting the rebuild again");
                    state = "RESETTING";
                    startedAt = clock.instant();
                }
            } while (again);
            state = "DONE";
            record(state);
            RebuildProgress done = progress();
            log.info("Projections rebuilt: {} events in {} s ({} a second)", done.eventsTotal(),
                    Duration.between(startedAt, clock.instant()).toSeconds(), Math.round(done.perSecond()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** One pass: reset, start from nothing, follow until every event of the log has been applied; true to start again. */
    private boolean rebuildOnce() throws InterruptedException {
        log.info("Rebuilding every projection from {}", Topics.PLACEMENT_EVENTS);
        streams.stop();
        gatheredLost = false;
        ProjectionReset.reset(admin, applicationId, java.util.Set.of(TimelinesTopology.TIMELINES_TOPIC));
        remakeTopics.run();
        timelines.clear();
        streams.alerts().rebuilding();
        span = TopicOffsets.span(admin, Topics.PLACEMENT_EVENTS);
        Map<Integer, Long> until = new java.util.HashMap<>();
        // Only partitions holding events gather: one with none would wait for an end that never comes.
        span.forEach((partition, offsets) -> {
            if (offsets[1] > offsets[0]) until.put(partition.partition(), offsets[1]);
        });
        java.util.Set<Integer> applied = java.util.concurrent.ConcurrentHashMap.newKeySet();
        appliedEvents.set(0);
        firstAppliedNanos = 0;
        streams.startFromNothing(until, new org.placementledger.projections.incare.RebuildWatch() {
            @Override
            public void applied(int partition) {
                applied.add(partition);
            }

            @Override
            public void appliedEvents(int partition, int events) {
                if (events <= 0) return;
                if (firstAppliedNanos == 0) firstAppliedNanos = System.nanoTime();
                appliedEvents.addAndGet(events);
            }

            @Override
            public void gatheredLost(int partition) {
                gatheredLost = true;
            }
        });
        state = "REBUILDING";
        message = null;
        long lastLog = System.nanoTime();
        while (true) {
            if (gatheredLost) return true;
            RebuildProgress now = progress();
            // Done when every event is committed and every partition has applied what it gathered.
            if (now.eventsGathered() >= now.eventsTotal() && applied.containsAll(until.keySet())) {
                streams.awaitAlertsWritten();
                streams.alerts().rebuilt();
                return false;
            }
            if (System.nanoTime() - lastLog > 10e9) {
                lastLog = System.nanoTime();
                log.info("Rebuilding projections: {} of {} events applied ({} read), {} a second, {}", now.eventsDone(), now.eventsTotal(),
                        now.eventsGathered(), Math.round(now.perSecond()),
                        now.secondsLeft() == null ? "reading each child's events first" : "about " + now.secondsLeft() + " s left");
            }
            Thread.sleep(250);
        }
    }

    /** Whether a rebuild was under way when the application last stopped, so it never finished. */
    public boolean wasCutShort() {
        Document recorded = database.getCollection(COLLECTION).find(new Document("_id", "projections")).first();
        return recorded != null && UNDER_WAY.equals(recorded.getString("state"));
    }

    private void record(String recordedState) {
        database.getCollection(COLLECTION).replaceOne(new Document("_id", "projections"),
                new Document("_id", "projections").append("state", recordedState).append("at", java.util.Date.from(clock.instant())),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    private void fail(Exception e) {
        state = "FAILED";
        streams.alerts().rebuilt();
        try {
            record(state);
        } catch (RuntimeException notRecorded) {
            e.addSuppressed(notRecorded);
        }
        message = e.getMessage();
        log.error("Rebuilding the projections failed; they may be partly filled: ask for a rebuild again", e);
    }

    public RebuildProgress progress() {
        Instant started = startedAt;
        Map<TopicPartition, long[]> spans = span;
        if (started == null || spans.isEmpty()) return new RebuildProgress(state, started, 0, 0, 0, 0, null, message);
        long total = 0;
        long gathered = 0;
        Map<TopicPartition, OffsetAndMetadata> committed = committed();
        for (Map.Entry<TopicPartition, long[]> e : spans.entrySet()) {
            long first = e.getValue()[0];
            long end = e.getValue()[1];
            total += end - first;
            OffsetAndMetadata at = committed.get(e.getKey());
            if (at != null) gathered += Math.min(end, at.offset()) - first;
        }
        // Events recorded while the rebuild runs are applied too, but are not of the total it began with.
        long done = "DONE".equals(state) ? total : Math.min(total, appliedEvents.get());
        double seconds = Math.max(0.001, Duration.between(started, clock.instant()).toMillis() / 1000.0);
        double rate = done / seconds;
        long firstApplied = firstAppliedNanos;
        Long left = null;
        if ("DONE".equals(state)) left = 0L;
        else if (firstApplied != 0 && done > 0) {
            double applyingFor = Math.max(0.001, (System.nanoTime() - firstApplied) / 1e9);
            left = Math.round((total - done) / (done / applyingFor));
        }
        return new RebuildProgress(state, started, done, gathered, total, rate, left, message);
    }

    private Map<TopicPartition, OffsetAndMetadata> committed() {
        try {
            return admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
        } catch (ExecutionException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
