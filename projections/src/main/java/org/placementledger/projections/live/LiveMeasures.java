package org.placementledger.projections.live;

import org.placementledger.measures.LiveCensus;
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
 * Every measure for today, kept current with the one measures library: when a child's timeline changes
 * (a backdated event included) that child is counted again in today's {@link LiveCensus}, and the figures
 * are made from it; when the day rolls over (children age, 12-month windows move, spend accrues) or the
 * index is emptied for a rebuild, every child is counted again. Changes that arrive together are taken
 * at once; each new figure is handed to the publisher.
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
    /** Children changed since they were last counted. */
    private final java.util.Set<String> changed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Every child must be counted again: at the start, and after the index was emptied. */
    private volatile boolean recountAll = true;
    /** Today's census; kept by {@link #refresh} only. */
    private LiveCensus census;
    /** No computation for a change before this (System.nanoTime()); a new day does not wait. */
    private volatile long restUntil = System.nanoTime();

    /** After a computation, rest this many times as long as it took before the next one for a change. */
    static final int REST_FACTOR = 2;
    /** Children changed at once that make a backlog, and how much longer the figures then rest. */
    static final int BACKLOG = 1_000;
    static final int BACKLOG_REST_FACTOR = 20;

    public LiveMeasures(TimelineIndex timelines, Measures measures, Clock clock, Consumer<MeasuresReport> publisher) {
        this.timelines = timelines;
        this.measures = measures;
        this.clock = clock;
        this.publisher = publisher;
        timelines.addListener(new TimelineIndex.ChangeListener() {
            @Override
            public void changed(String childId) {
                changed.add(childId);
            }

            @Override
            public void cleared() {
                recountAll = true;
            }
        });
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
            boolean work = (recountAll || !changed.isEmpty()) && System.nanoTime() >= restUntil;
            if (newDay || work) refresh();
        } catch (RuntimeException e) {
            log.error("Could not compute today's measures; trying again on the next change", e);
        }
    }

    private synchronized MeasuresReport refresh() {
        long started = System.nanoTime();
        int counted = 0;
        LocalDate today = LocalDate.now(clock);
        if (recountAll || census == null || !census.asAt().equals(today)) {
            // Cleared before counting: a child that changes while every child is counted is counted again next time.
            recountAll = false;
            changed.clear();
            LiveCensus fresh = measures.liveCensus(today);
            timelines.forEach(fresh::put);
            census = fresh;
        } else {
            for (java.util.Iterator<String> ids = changed.iterator(); ids.hasNext(); counted++) {
                String childId = ids.next();
                ids.remove();
                census.put(childId, timelines.child(childId));
            }
        }
        MeasuresReport report = census.report();
        long took = System.nanoTime() - started;
        // Under a backlog (a rebuild, an import: many children changed at once) rest longer still, leaving the
        // processor to the projections; a lone new event is shown as soon as it arrives.
        restUntil = System.nanoTime() + (counted > BACKLOG ? BACKLOG_REST_FACTOR : REST_FACTOR) * took;
        latest = report;
        publisher.accept(report);
        return report;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
