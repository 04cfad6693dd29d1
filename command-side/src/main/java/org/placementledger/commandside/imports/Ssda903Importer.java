package org.placementledger.commandside.imports;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.placementledger.commandside.domain.RecordHistory;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.StepRefused;
import org.placementledger.commandside.http.RecordingMetadata;
import org.placementledger.commandside.ssda903.ChildPlan;
import org.placementledger.commandside.ssda903.CostRow;
import org.placementledger.commandside.ssda903.EpisodeChecks;
import org.placementledger.commandside.ssda903.ImportPlanner;
import org.placementledger.commandside.ssda903.Problem;
import org.placementledger.events.ssda903.ReturnFile;
import org.placementledger.commandside.ssda903.rules.Row;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;
import org.placementledger.events.ssda903.MalformedCsvException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs 903 imports. A return is read once and split by child into bucket files on disk, so no file is held
 * whole in memory; then each bucket's children are checked, planned against their records as the event store
 * holds them, and recorded, each child in one command (all of its steps or none), several children at once.
 * Progress goes to the log and to the import's document every second.
 * <p>
 * Longer than 300 lines because running an import is one sequence (split, check and plan, append in batches,
 * and child by child for a batch that failed) whose steps share the import's progress and problems.
 */
public final class Ssda903Importer {

    private static final Logger log = LoggerFactory.getLogger(Ssda903Importer.class);

    /**
     * Children planned and appended together: one read of their streams and one write, made durable by one
     * commit, for all of them. A commit writes every index page the batch touched, so a larger batch writes
     * less per event (1,000 children cost about four fifths of the time 250 did in the import benchmark).
     */
    private static final int CHUNK = 1000;

    private final CommandGateway commands;
    private final ChildStreams streams;
    private final ImportStore store;
    private final Clock clock;
    private final RecordLimits limits;
    private final ImportSettings settings;
    /** Since start, over every import, for the metrics: rows of children recorded or unchanged, and rows refused. */
    private final AtomicLong rowsTaken = new AtomicLong();
    private final AtomicLong rowsRefused = new AtomicLong();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ssda903-import");
        t.setDaemon(true);
        return t;
    });

    public Ssda903Importer(CommandGateway commands, ChildStreams streams, ImportStore store, Clock clock, RecordLimits limits,
                           ImportSettings settings) {
        this.commands = commands;
        this.streams = streams;
        this.store = store;
        this.clock = clock;
        this.limits = limits;
        this.settings = settings;
    }

    /** Starts an import in the background (one at a time, in the order asked) and returns its id at once. */
    public String start(ImportRequest request, Runnable afterwards) {
        String id = UUID.randomUUID().toString();
        ImportProgress progress = new ImportProgress();
        store.started(id, request, clock.instant());
        runner.submit(() -> {
            try {
                run(id, request, progress);
            } finally {
                if (afterwards != null) afterwards.run();
            }
        });
        return id;
    }

    private void run(String id, ImportRequest request, ImportProgress progress) {
        Path folder = settings.workFolder().resolve(id);
        ProblemWriter problems = new ProblemWriter(store, id, progress);
        Thread reporter = ProgressReporter.start(id, progress, store, clock);
        try {
            Files.createDirectories(folder);
            ReportingYear year = new ReportingYear(request.endYear() - 1);
            log.info("Import {}: the 903 return for {} from {} (by {})", id, year, request.names().episodes(), request.requester());
            ChildBuckets split = ChildBuckets.split(request, folder, settings.buckets(), settings.maxRows());
            progress.rowsTotal.set(split.episodeRows());
            progress.applyingFrom = clock.instant();
            apply(id, request, year, split, progress, problems);
            problems.flush();
            stop(reporter);
            store.finished(id, progress, clock.instant());
            log.info("Import {} done: {} rows, {} children ({} recorded, {} unchanged, {} rejected), {} events, {} errors, {} warnings, {} rows/s",
                    id, progress.rowsDone.get(), progress.childrenDone.get(), progress.childrenRecorded.get(), progress.childrenUnchanged.get(),
                    progress.childrenRejected.get(), progress.events.get(), progress.errors.get(), progress.warnings.get(),
                    Math.round(progress.rate(clock.instant())));
        } catch (MalformedCsvException e) {
            problems.flush();
            stop(reporter);
            store.failed(id, progress, clock.instant(), e.getMessage(), e.file(), e.line());
            log.warn("Import {} refused: {}", id, e.getMessage());
        } catch (RuntimeException | IOException e) {
            problems.flush();
            stop(reporter);
            store.failed(id, progress, clock.instant(), "the import stopped: " + e.getMessage()
                    + "; import the same files again: what was recorded is not recorded twice", null, 0);
            log.error("Import {} failed", id, e);
        } finally {
            stop(reporter);
            Folders.delete(folder);
        }
    }

    /** The progress reporter stopped before the outcome is written, so a late report cannot overwrite it. */
    private static void stop(Thread reporter) {
        reporter.interrupt();
        try {
            reporter.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void apply(String id, ImportRequest request, ReportingYear year, ChildBuckets split, ImportProgress progress,
                       ProblemWriter problems) throws IOException {
        Set<ReturnFile> supplied = EnumSet.of(ReturnFile.HEADER, ReturnFile.EPISODES);
        if (request.uasc() != null) supplied.add(ReturnFile.UASC);
        supplied.addAll(request.others().keySet());
        EpisodeChecks checks = new EpisodeChecks(request.names(), year, supplied);
        LocalDate today = LocalDate.now(clock);
        ImportPlanner planner = new ImportPlanner(request.names(), year, today, limits);
        ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "ssda903-import-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(settings.workers() * 2);
        String recordedBy = "ssda903-import " + id + " (" + request.requester() + ")";
        try {
            for (int b = 0; b < split.buckets(); b++) {
                ChildBuckets.Bucket bucket = split.read(b, request.names().header());
                problems.add(bucket.headerProblems());
                List<String> children = new ArrayList<>(bucket.episodes().keySet());
                List<String> withoutEpisodes = bucket.withoutEpisodes();
                if (!withoutEpisodes.isEmpty()) {
                    Map<String, EffectiveHistory> before = streams.histories(withoutEpisodes);
                    List<ChildStreams.Append> appends = new ArrayList<>();
                    List<ChildPlan> planned = new ArrayList<>();
                    for (String child : withoutEpisodes) {
                        EffectiveHistory history = before.getOrDefault(child, EffectiveHistory.empty());
                        ChildPlan plan = planner.planWithoutEpisodes(checks.checkWithoutEpisodes(child, bucket.header().get(child),
                                bucket.othersOf(child), history), history);
                        if (plan.events().isEmpty()) {
                            problems.add(plan.problems());
                            continue;
                        }
                        planned.add(plan);
                        appends.add(new ChildStreams.Append(child, plan.lastSequence(), plan.events()));
                    }
                    Set<String> stored = appends.isEmpty() ? Set.of() : streams.append(appends, recordedBy);
                    for (ChildPlan plan : planned) {
                        if (stored.contains(plan.child())) {
                            problems.add(plan.problems());
                            progress.events.addAndGet(plan.events().size());
                        } else {
                            problems.add(List.of(Problem.error(checks.files().header(), 0, plan.child(), "NOT_RECORDED",
                                    "the child's record changed while its rows were being kept: import the return again")));
                        }
                    }
                }
                for (int from = 0; from < children.size(); from += CHUNK) {
                    List<String> chunk = children.subList(from, Math.min(children.size(), from + CHUNK));
                    inFlight.acquireUninterruptibly();
                    pool.submit(() -> {
                        Set<String> finished = new java.util.HashSet<>();
                        try {
                            importChunk(id, chunk, bucket, checks, planner, recordedBy, progress, problems, finished);
                        } catch (RuntimeException e) {
                            log.warn("Import {}: a batch of {} children failed; recording the {} not yet done one by one", id,
                                    chunk.size(), chunk.size() - finished.size(), e);
                            for (String child : chunk) {
                                if (!finished.contains(child)) oneByOne(id, child, bucket, checks, planner, recordedBy, progress, problems);
                            }
                        } finally {
                            inFlight.release();
                        }
                    });
                }
                for (Map.Entry<String, List<CostRow>> orphan : bucket.costs().entrySet()) {
                    if (bucket.episodes().containsKey(orphan.getKey())) continue;
                    for (CostRow row : orphan.getValue()) {
                        problems.add(List.of(Problem.error(request.names().costs(), row.line(), orphan.getKey(), "COST_CHILD_NOT_IN_RETURN",
                                "child " + orphan.getKey() + " has no episode in this return, so its costs are not applied")));
                    }
                }
            }
            pool.shutdown();
            if (!pool.awaitTermination(7, TimeUnit.DAYS)) throw new IllegalStateException("the import's workers did not finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A batch of children planned together on their streams as read in one go, and appended in one write; a
     * child whose stream moved on meanwhile is planned again and recorded through the command bus.
     *
     * @param finished the children of the batch done with (recorded, unchanged or reported), for a failure half way
     */
    private void importChunk(String id, List<String> chunk, ChildBuckets.Bucket bucket, EpisodeChecks checks, ImportPlanner planner,
                             String recordedBy, ImportProgress progress, ProblemWriter problems, Set<String> finished) {
        Map<String, EffectiveHistory> histories = streams.histories(chunk);
        List<ChildStreams.Append> appends = new ArrayList<>();
        Map<String, ChildPlan> plans = new java.util.HashMap<>();
        for (String child : chunk) {
            List<EpisodeRow> rows = bucket.episodes().get(child);
            var checked = checks.check(child, rows, bucket.header().get(child), bucket.othersOf(child), histories.get(child));
            List<CostRow> costs = bucket.costs().getOrDefault(child, List.of());
            ChildPlan plan = planner.accountingForEveryRow(planner.plan(checked, costs, histories.get(child)), rows, costs);
            if (!plan.accepted() || plan.unchanged()) {
                problems.add(plan.problems());
                if (!plan.accepted()) progress.childrenRejected.incrementAndGet();
                else progress.childrenUnchanged.incrementAndGet();
                done(progress, rows, plan.accepted());
                finished.add(child);
                continue;
            }
            plans.put(child, plan);
            appends.add(new ChildStreams.Append(child, plan.lastSequence(), plan.events()));
        }
        Set<String> stored = streams.append(appends, recordedBy);
        for (ChildPlan plan : plans.values()) {
            List<EpisodeRow> rows = bucket.episodes().get(plan.child());
            if (stored.contains(plan.child())) {
                finished.add(plan.child());
                problems.add(plan.problems());
                progress.childrenRecorded.incrementAndGet();
                progress.events.addAndGet(plan.events().size());
                done(progress, rows, true);
            } else {
                finished.add(plan.child());
                oneByOne(id, plan.child(), bucket, checks, planner, recordedBy, progress, problems);
            }
        }
    }

    private void done(ImportProgress progress, List<EpisodeRow> rows, boolean taken) {
        progress.rowsDone.addAndGet(rows.size());
        progress.childrenDone.incrementAndGet();
        (taken ? rowsTaken : rowsRefused).addAndGet(rows.size());
    }

    /** Episode rows of children recorded or found unchanged, over every import since start. */
    public long rowsTaken() {
        return rowsTaken.get();
    }

    /** Episode rows of children refused, over every import since start. */
    public long rowsRefused() {
        return rowsRefused.get();
    }

    private void oneByOne(String id, String childId, ChildBuckets.Bucket bucket, EpisodeChecks checks, ImportPlanner planner,
                          String recordedBy, ImportProgress progress, ProblemWriter problems) {
        List<EpisodeRow> rows = bucket.episodes().get(childId);
        boolean taken = false;
        try {
            taken = importChild(childId, rows, bucket.header().get(childId), bucket.othersOf(childId), bucket.costs().getOrDefault(childId, List.of()),
                    checks, planner, recordedBy, progress, problems);
        } catch (RuntimeException e) {
            problems.add(List.of(Problem.error(checks.files().episodes(), rows.get(0).line(), childId, "NOT_RECORDED",
                    "the child could not be recorded: " + e.getMessage())));
            progress.childrenRejected.incrementAndGet();
            log.warn("Import {}: child {} not recorded", id, childId, e);
        } finally {
            done(progress, rows, taken);
        }
    }

    /** @return whether the child was recorded or found unchanged (false: refused) */
    private boolean importChild(String childId, List<EpisodeRow> rows, HeaderRow header, Map<ReturnFile, List<Row>> others, List<CostRow> costs,
                                EpisodeChecks checks, ImportPlanner planner, String recordedBy, ImportProgress progress, ProblemWriter problems) {
        for (int attempt = 1; ; attempt++) {
            EffectiveHistory existing = history(childId);
            var checked = checks.check(childId, rows, header, others, existing);
            ChildPlan plan = planner.accountingForEveryRow(planner.plan(checked, costs, existing), rows, costs);
            if (!plan.accepted() || plan.unchanged()) {
                problems.add(plan.problems());
                if (!plan.accepted()) progress.childrenRejected.incrementAndGet();
                else progress.childrenUnchanged.incrementAndGet();
                return plan.accepted();
            }
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RecordHistory(childId, plan.commands(), true))
                        .andMetaData(MetaData.with(RecordingMetadata.RECORDED_BY, recordedBy)
                                .and(RecordingMetadata.EXPECTED_SEQUENCE, existing.lastSequence())), 60, TimeUnit.SECONDS);
                problems.add(plan.problems());
                progress.childrenRecorded.incrementAndGet();
                progress.events.addAndGet(plan.steps().size());
                return true;
            } catch (StepRefused refused) {
                // The record changed between the plan and the command in a way the plan did not foresee.
                ChildPlan.Source at = plan.steps().get(refused.step()).source();
                List<Problem> all = new ArrayList<>(plan.problems());
                all.add(Problem.error(at.file(), at.line(), childId, refused.rule().name(), refused.reason()));
                problems.add(planner.accountingForEveryRow(new ChildPlan(childId, List.of(), all, List.of(), -1), rows, costs).problems());
                progress.childrenRejected.incrementAndGet();
                return false;
            } catch (ConflictingModificationException | EventStoreException conflict) {
                // Another write to the child came first: plan again against the record as it now is.
                if (attempt >= 3) throw conflict;
            }
        }
    }

    private EffectiveHistory history(String childId) {
        return streams.histories(List.of(childId)).getOrDefault(childId, EffectiveHistory.empty());
    }
}
