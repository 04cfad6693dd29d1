package org.placementledger.infra.reconciliation;

import org.placementledger.commandside.eventstore.StoreHeads;
import org.placementledger.infra.relay.RelayRepair;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Child by child, whether the figures were made from every stored event: the store's last sequence of each child
 * against the last sequence the projections' timeline index (what every figure is computed from) holds.
 * <ul>
 *   <li>A child behind may only be on its way. It is looked at again once nothing is on its way (the relay has sent
 *   every stored event and the projections have applied every record on the topic), waiting at most
 *   {@code grace}. Still behind then, its missing events never reached the topic: they are sent again from the
 *   store ({@link RelayRepair}) and looked at once more. What is still missing after that is named.</li>
 *   <li>A child ahead (the figures hold a sequence the store does not) is named: a store restored from an older
 *   backup than the topic, say. Nothing is sent for it.</li>
 * </ul>
 * The figures are read before the store, so an event recorded during the check can make a child look behind
 * (and be looked at again), never ahead.
 */
public final class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    /** Children named in a report at most; the counts are always whole. */
    private static final int NAMED = 1_000;
    /** How long the figures must take no change, with everything read to its end, before a child behind is missing. */
    static final Duration QUIET = Duration.ofSeconds(1);

    /** @param stored the child's last sequence in the store; @param applied the last the figures hold; -1 for none */
    public record ChildState(long stored, long applied) {
    }

    public record ChildGap(String childId, long stored, long applied) {
    }

    /**
     * @param healthy    every child's stored events are in the figures, and nothing was on its way
     * @param behind     children whose stored events are still not in the figures after everything on its way arrived
     *                   (and after they were sent again); at most {@value #NAMED} named, {@code behindCount} in all
     * @param inFlight   children behind when the check ended with events still on their way: not a fault by itself
     * @param resent     children whose events were sent again from the store
     * @param children   every child's state, when asked for
     */
    public record Report(Instant checkedAt, boolean healthy, long storeLastPosition, long storeEvents, int storeChildren,
                         EventFlow.Snapshot flow, int projectedChildren, List<ChildGap> behind, int behindCount,
                         List<ChildGap> ahead, int aheadCount, int inFlight, List<String> resent, String note,
                         Map<String, ChildState> children) {

        /**
         * Events known to be missing from the figures (or figures ahead of the store): what turns health DOWN. A report
         * whose children were still in flight is not {@link #healthy}, nor a fault: a backlog that does not move is
         * the event flow's to report.
         */
        @com.fasterxml.jackson.annotation.JsonProperty
        public boolean faultFound() {
            return behindCount > 0 || aheadCount > 0;
        }
    }

    private final StoreHeads store;
    private final TimelineIndex figures;
    private final EventFlow flow;
    private final RelayRepair repair;
    private final Clock clock;
    private final Duration grace;
    private final java.util.function.BooleanSupplier timelinesReadToEnd;
    private volatile Report last;

    /** @param timelinesReadToEnd whether this instance's copy of the timelines has read its topic to the end */
    Reconciliation(StoreHeads store, TimelineIndex figures, EventFlow flow, RelayRepair repair, Clock clock, Duration grace,
                   java.util.function.BooleanSupplier timelinesReadToEnd) {
        this.timelinesReadToEnd = timelinesReadToEnd;
        this.store = store;
        this.figures = figures;
        this.flow = flow;
        this.repair = repair;
        this.clock = clock;
        this.grace = grace;
    }

    public Report last() {
        return last;
    }

    /** Runs the check now; {@code detail} adds every child's state to the report. */
    public synchronized Report check(boolean detail) {
        Map<String, Long> applied = appliedNow();
        Map<String, Long> stored = store.lastSequences();
        Map<String, Long> behind = behind(stored, figures::lastSequence, stored.keySet());
        List<String> resent = new ArrayList<>();
        String note = null;
        if (!behind.isEmpty()) {
            boolean settled = awaitNothingOnItsWay();
            behind = behind(stored, figures::lastSequence, behind.keySet());
            if (!behind.isEmpty() && settled) {
                note = resendAll(behind, resent);
                if (awaitCaughtUp(stored, behind.keySet())) behind = Map.of();
                else behind = behind(stored, figures::lastSequence, behind.keySet());
            } else if (!behind.isEmpty()) {
                note = "events were still on their way when the check ended: " + describe(flow.last());
            }
        }
        EventFlow.Snapshot snapshot = flow.sample();
        boolean confirmed = snapshot.caughtUp();
        List<ChildGap> ahead = new ArrayList<>();
        int aheadCount = 0;
        for (var child : applied.entrySet()) {
            long inStore = stored.getOrDefault(child.getKey(), -1L);
            if (child.getValue() > inStore) {
                if (aheadCount++ < NAMED) ahead.add(new ChildGap(child.getKey(), inStore, child.getValue()));
            }
        }
        List<ChildGap> named = new ArrayList<>();
        for (var child : new TreeMap<>(behind).entrySet()) {
            if (named.size() >= NAMED) break;
            named.add(new ChildGap(child.getKey(), stored.get(child.getKey()), child.getValue()));
        }
        int missing = confirmed ? behind.size() : 0;
        Map<String, ChildState> children = null;
        if (detail) {
            children = new TreeMap<>();
            for (var child : stored.entrySet()) children.put(child.getKey(), new ChildState(child.getValue(), figures.lastSequence(child.getKey())));
            for (var child : applied.entrySet()) children.putIfAbsent(child.getKey(), new ChildState(-1, child.getValue()));
        }
        long events = 0;
        for (long last : stored.values()) events += last + 1;
        int projected = appliedNow().size();
        Report report = new Report(clock.instant(), missing == 0 && aheadCount == 0 && (confirmed || behind.isEmpty()),
                snapshot.storeLastPosition(), events, stored.size(), snapshot, projected, confirmed ? named : List.of(), missing,
                ahead, aheadCount, confirmed ? 0 : behind.size(), resent, note, children);
        if (report.faultFound()) {
            log.error("Reconciliation: {} children have stored events missing from the figures, {} are ahead of the store{}; first named: {} {}",
                    missing, aheadCount, note == null ? "" : " (" + note + ")", named.stream().limit(10).toList(), ahead.stream().limit(10).toList());
        } else if (!resent.isEmpty()) {
            // The relay's place is told so that a repair can be traced to where the relay passed the events by.
            log.warn("Reconciliation: the events of {} children had not reached the figures and were sent again from the store: {}; {}",
                    resent.size(), resent.stream().limit(20).toList(), describe(snapshot));
        }
        last = report;
        return report;
    }

    private Map<String, Long> appliedNow() {
        Map<String, Long> applied = new HashMap<>();
        figures.forEachLastSequence(applied::put);
        return applied;
    }

    /** The children among {@code among} whose stored sequence the figures do not reach, with what the figures hold. */
    private static Map<String, Long> behind(Map<String, Long> stored, java.util.function.ToLongFunction<String> applied,
                                            java.util.Collection<String> among) {
        Map<String, Long> behind = new LinkedHashMap<>();
        for (String child : among) {
            long inFigures = applied.applyAsLong(child);
            if (inFigures < stored.get(child)) behind.put(child, inFigures);
        }
        return behind;
    }

    /**
     * Waits until nothing is on its way to the figures: every stored event on the topic, every record of the topic
     * applied, and the figures' own copy of the timelines (one more topic away) read to its end and taking no change
     * for {@link #QUIET}. A check that ran without the last two (just after a restart, on a busy machine) took events
     * still on their way for missing ones.
     */
    private boolean awaitNothingOnItsWay() {
        long deadline = System.nanoTime() + grace.toNanos();
        long seenChanges = -1;
        long quietSince = 0;
        do {
            if (flow.sample().caughtUp() && timelinesReadToEnd.getAsBoolean()) {
                long changes = figures.changes();
                if (changes != seenChanges) {
                    seenChanges = changes;
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince >= QUIET.toNanos()) {
                    return true;
                }
            } else {
                seenChanges = -1;
            }
        } while (pause(Duration.ofMillis(250)) && System.nanoTime() < deadline);
        return false;
    }

    private boolean awaitCaughtUp(Map<String, Long> stored, java.util.Set<String> children) {
        long deadline = System.nanoTime() + grace.toNanos();
        do {
            if (behind(stored, figures::lastSequence, children).isEmpty()) return true;
        } while (pause(Duration.ofMillis(250)) && System.nanoTime() < deadline);
        return false;
    }

    private String resendAll(Map<String, Long> behind, List<String> resent) {
        for (var child : behind.entrySet()) {
            try {
                repair.resend(child.getKey(), child.getValue() + 1, grace);
                resent.add(child.getKey());
            } catch (Exception e) {
                return "sending " + child.getKey() + "'s events again failed: " + e.getMessage();
            }
        }
        return null;
    }

    private static String describe(EventFlow.Snapshot s) {
        return "relay at position " + s.relayPosition() + " with " + s.relayLag() + " stored events to send, projections "
                + (s.projectionsLag() == null ? "unknown (" + s.kafkaError() + ")" : s.projectionsLag() + " records behind");
    }

    private static boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
