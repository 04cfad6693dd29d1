package org.placementledger.projections.live;

import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every measure for today, kept current: recomputed with the one measures library whenever a child's
 * timeline changes (a backdated event included) and when the day rolls over (children age, 12-month
 * windows move, spend accrues). Changes that arrive together are computed once; each new figure is handed
 * to the publisher.
 * <p>
 * It looks for changes often, so a new event shows soon, but after each computation rests twice as long as
 * the computation took: under a backlog (a restore, an import) the figures keep refreshing
 * without taking the processor from the projections that are catching up.
 */
public final class LiveMeasures implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveMeasures.class);

    private final TimelineIndex timelines;
    private final Measures measures;
    private final Clock clock;
    private final Consumer<MeasuresReport> publisher;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-measures");
        t.setDaemon(true);
        return t;
    });
    private volatile MeasuresReport latest;
    private volatile long computedAtChange = -1;
    /** No computation for a change before this (System.nanoTime()); a new day does not wait. */
    private volatile long restUntil = System.nanoTime();

    /** After a computation, rest this many times as long as it took before the next one for a change. */
    static final int REST_FACTOR = 2;

    public LiveMeasures(TimelineIndex timelines, Measures measures, Clock clock, Consumer<MeasuresReport> publisher) {
        this.timelines = timelines;
        this.measures = measures;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Checks for work every {@code periodMillis}: a change since the last figure (once rested), or a new day. */
    public void start(long periodMillis) {
        worker.scheduleWithFixedDelay(this::refreshIfStale, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** The figures for today as of the latest change, computing them if none are ready yet. */
    public MeasuresReport today() {
        MeasuresReport report = latest;
        if (report == null || !report.asAt().equals(LocalDate.now(clock))) return refresh();
        return report;
    }

    private void refreshIfStale() {
        try {
            MeasuresReport report = latest;
            boolean newDay = report == null || !report.asAt().equals(LocalDate.now(clock));
            boolean changed = computedAtChange != timelines.changes() && System.nanoTime() >= restUntil;
            if (newDay || changed) refresh();
        } catch (RuntimeException e) {
            log.error("Could not compute today's measures; trying again on the next change", e);
        }
    }

    private synchronized MeasuresReport refresh() {
        long change = timelines.changes();
        long started = System.nanoTime();
        MeasuresReport report = measures.over(LocalDate.now(clock), timelines.children(), null, null);
        long took = System.nanoTime() - started;
        restUntil = System.nanoTime() + REST_FACTOR * took;
        latest = report;
        computedAtChange = change;
        publisher.accept(report);
        return report;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
