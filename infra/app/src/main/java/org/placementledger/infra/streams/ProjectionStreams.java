package org.placementledger.infra.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.placementledger.projections.incare.ChildTimeline;
import org.placementledger.projections.alerts.AlertsProjection;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.projections.incare.TimelinesTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Properties;

/** Runs the projections' Kafka Streams topology for as long as the application runs. */
public class ProjectionStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStreams.class);

    private final Properties settings;
    private final TimelineIndex timelines;
    private final AlertsProjection alerts;
    private final java.util.function.Consumer<Runnable> whenTopicsReady;
    private KafkaStreams streams;
    /** Started by the application, and waiting for Kafka to make the topics. */
    private boolean waiting;
    /**
     * Whether the figures hold every child since the streams last started: the timeline index is filled from the
     * restored store once they first run. Until then the figures would be those of the children recorded since the
     * start alone (none, after a restart), so health says so and the figures are not served ({@link FiguresReady}).
     */
    private volatile boolean figuresLoaded;

    public ProjectionStreams(Properties settings, TimelineIndex timelines, AlertsProjection alerts) {
        this(settings, timelines, alerts, Runnable::run);
    }

    /**
     * @param whenTopicsReady runs what it is given once the topics exist: the streams stop on a missing source topic,
     *                        and Kafka may not be there yet when the application starts
     */
    public ProjectionStreams(Properties settings, TimelineIndex timelines, AlertsProjection alerts,
                             java.util.function.Consumer<Runnable> whenTopicsReady) {
        this.settings = settings;
        this.timelines = timelines;
        this.alerts = alerts;
        this.whenTopicsReady = whenTopicsReady;
    }

    @Override
    public synchronized void start() {
        waiting = true;
        whenTopicsReady.accept(this::startOnceReady);
    }

    private synchronized void startOnceReady() {
        if (!waiting) return;
        waiting = false;
        start(false);
    }

    /** Starts with the local state of every store deleted first: after a reset in Kafka, for a rebuild. */
    public synchronized void startFromNothing() {
        startFromNothing(java.util.Map.of(), org.placementledger.projections.incare.RebuildWatch.NONE);
    }

    /**
     * Starts with the local state of every store deleted first, applying each child's events up to
     * {@code rebuildUntil} (per partition of the events topic, the end of the log when the rebuild began) together.
     *
     * @param watch told as each partition's gathered events are applied, or dropped
     */
    public synchronized void startFromNothing(java.util.Map<Integer, Long> rebuildUntil,
                                              org.placementledger.projections.incare.RebuildWatch watch) {
        start(true, rebuildUntil, watch);
    }

    private void start(boolean fromNothing) {
        start(fromNothing, java.util.Map.of(), org.placementledger.projections.incare.RebuildWatch.NONE);
    }

    private void start(boolean fromNothing, java.util.Map<Integer, Long> rebuildUntil,
                       org.placementledger.projections.incare.RebuildWatch watch) {
        if (streams != null) return;
        figuresLoaded = false;
        StreamsBuilder builder = new StreamsBuilder();
        TimelinesTopology.addTo(builder, alerts, timelines::put, rebuildUntil, watch);
        streams = new KafkaStreams(builder.build(settings), settings);
        // A store restored at start does not replay its updates: fill the timeline index from it once running.
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) loadTimelines();
        });
        streams.setUncaughtExceptionHandler(e -> {
            log.error("A projection thread failed; replacing it and carrying on from the last commit", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        if (fromNothing) streams.cleanUp();
        streams.start();
        log.info("Projections started ({}{})", settings.getProperty("application.id"), fromNothing ? ", from nothing" : "");
    }

    private void loadTimelines() {
        try {
            timelines.loadFrom(streams.store(StoreQueryParameters.fromNameAndType(TimelinesTopology.ALL_TIMELINES,
                    QueryableStoreTypes.<String, ChildTimeline>keyValueStore())));
            log.info("Timelines of {} children ready for the measures", timelines.size());
            figuresLoaded = true;
        } catch (RuntimeException e) {
            log.warn("Could not read the children's timelines from the projection store yet; they fill as events arrive", e);
        }
    }

    @Override
    public synchronized void stop() {
        waiting = false;
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
            streams = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return streams != null || waiting;
    }

    /** Waits until the alerts raised so far (a rebuild writes them in the background) are written. */
    public void awaitAlertsWritten() throws InterruptedException {
        alerts.awaitWritten();
    }

    /** The alerts projection, told when a rebuild begins and ends. */
    public AlertsProjection alerts() {
        return alerts;
    }

    /**
     * Whether this instance's copy of every child's timeline has read its topic to the end: the projections are
     * running, and the consumer that keeps the copy (Kafka Streams' global consumer) was last told by Kafka it had no
     * record of the timelines topic left to fetch. Kafka gives that lag per partition from its fetches; where it gives
     * none yet the answer rests on the running state alone.
     */
    public boolean timelinesReadToEnd() {
        double lag = timelinesCopyLag();
        return !Double.isNaN(lag) && lag <= 0;
    }

    /**
     * Records of the timelines topic this instance's copy has still to read, as Kafka last told its consumer (0 where it
     * told nothing yet); NaN while the projections do not run.
     */
    public double timelinesCopyLag() {
        KafkaStreams running;
        synchronized (this) {
            running = streams;
        }
        if (running == null || running.state() != KafkaStreams.State.RUNNING) return Double.NaN;
        double total = 0;
        for (var metric : running.metrics().entrySet()) {
            var name = metric.getKey();
            if (!"records-lag".equals(name.name()) || !"consumer-fetch-manager-metrics".equals(name.group())) continue;
            if (!TimelinesTopology.TIMELINES_TOPIC.equals(name.tags().get("topic"))) continue;
            String client = name.tags().get("client-id");
            if (client == null || !client.endsWith("-global-consumer")) continue;
            if (metric.getValue().metricValue() instanceof Number lag && lag.doubleValue() > 0) total += lag.doubleValue();
        }
        return total;
    }

    /**
     * Whether the figures hold every child: the projections reached RUNNING since they last started and the timeline
     * index was filled from their store. A load that failed is tried again here, while running.
     */
    public boolean figuresLoaded() {
        if (figuresLoaded) return true;
        KafkaStreams running;
        synchronized (this) {
            running = streams;
        }
        if (running != null && running.state() == KafkaStreams.State.RUNNING) {
            synchronized (this) {
                if (!figuresLoaded && streams == running) loadTimelines();
            }
        }
        return figuresLoaded;
    }

    public KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.NOT_RUNNING : streams.state();
    }
}
