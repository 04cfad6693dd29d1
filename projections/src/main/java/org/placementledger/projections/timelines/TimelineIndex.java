package org.placementledger.projections.timelines;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.placementledger.events.CareStarted;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.measures.MeasuredTimeline;
import org.placementledger.measures.Measures;
import org.placementledger.projections.incare.ChildTimeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every child's care timeline held in memory, ready for measures at any date: kept current from the
 * projection's per-child table, and loaded whole from its store when the projection starts (a restored
 * store does not replay its updates). A newer sequence always wins, so the two feeds cannot go backwards.
 * <p>
 * Each child is held {@linkplain Measures#prepare prepared} for the measures, made once when the child's
 * timeline changes, so a report at any date over every child only looks things up.
 */
public final class TimelineIndex {

    /**
     * @param firstRecordedAt when the child's first event was recorded
     * @param lastRecordedAt  when the child's latest event was recorded: a child untouched since an instant is,
     *                        as known then, what it is now
     */
    private record Indexed(long lastSequence, Instant firstRecordedAt, Instant lastRecordedAt, MeasuredTimeline child,
                           Recorded recorded) {
    }

    /**
     * When each of a child's events was recorded (epoch milliseconds) and the day it speaks of (epoch day), in
     * sequence order; {@link #REPLAY} for an event that can change what the child was before its own date: a
     * correction, a retraction, and a start of care that brings another date of birth than the child's other
     * starts (the measures read the age from the latest start).
     */
    private record Recorded(long[] atMillis, long[] days) {
        static Recorded of(List<RecordedEvent> events) {
            java.util.Set<java.time.LocalDate> births = new java.util.HashSet<>();
            for (RecordedEvent e : events) if (e.event() instanceof CareStarted s) births.add(s.dateOfBirth());
            long[] at = new long[events.size()];
            long[] days = new long[events.size()];
            for (int i = 0; i < at.length; i++) {
                RecordedEvent e = events.get(i);
                at[i] = e.recordedAt().toEpochMilli();
                boolean replay = e.event() instanceof EventCorrected || e.event() instanceof EventRetracted
                        || (e.event() instanceof CareStarted && births.size() > 1);
                days[i] = replay ? REPLAY : e.event().effectiveDate().toEpochDay();
            }
            return new Recorded(at, days);
        }

        /**
         * Whether everything recorded after the instant speaks only of days after {@code throughDay}: then the child
         * as known at that instant reads, on every day up to {@code throughDay}, exactly as the child reads now.
         */
        boolean onlyLaterDaysRecordedAfter(long instantMillis, long throughDay) {
            for (int i = 0; i < atMillis.length; i++) {
                if (atMillis[i] > instantMillis && days[i] <= throughDay) return false;
            }
            return true;
        }
    }

    private static final long REPLAY = Long.MIN_VALUE;

    private final Measures measures;

    private final ConcurrentHashMap<String, Indexed> children = new ConcurrentHashMap<>();
    private final List<ChangeListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    /** Told of each child whose prepared timeline changed, after the change, and when the index was emptied. */
    public interface ChangeListener {
        void changed(String childId);

        void cleared();
    }

    public TimelineIndex(Measures measures) {
        this.measures = measures;
    }

    public void put(String childId, ChildTimeline timeline) {
        if (timeline == null) return;
        boolean[] changed = {false};
        children.compute(childId, (id, known) -> {
            if (known != null && known.lastSequence() >= timeline.lastSequence()) return known;
            changed[0] = true;
            CareTimeline careTimeline = CareTimeline.of(id, timeline.history());
            List<RecordedEvent> events = timeline.events();
            Instant first = events.isEmpty() ? null : events.get(0).recordedAt();
            Instant last = first;
            for (RecordedEvent e : events) if (e.recordedAt().isAfter(last)) last = e.recordedAt();
            // A child with no start of care yet has nothing to measure.
            return new Indexed(timeline.lastSequence(), first, last, careTimeline.details() == null ? null : measures.prepare(careTimeline),
                    Recorded.of(events));
        });
        if (changed[0]) {
            changes.incrementAndGet();
            for (ChangeListener listener : listeners) listener.changed(childId);
        }
    }

    public void addListener(ChangeListener listener) {
        listeners.add(listener);
    }

    /** The child prepared for the measures, or null when the index holds no start of care for it. */
    public MeasuredTimeline child(String childId) {
        Indexed indexed = children.get(childId);
        return indexed == null ? null : indexed.child();
    }

    /** Every child the index holds with a start of care, with its id. */
    public void forEach(java.util.function.BiConsumer<String, MeasuredTimeline> action) {
        children.forEach((id, indexed) -> {
            if (indexed.child() != null) action.accept(id, indexed.child());
        });
    }

    /** Each child's last sequence the figures were made from, children with no start of care too. */
    public void forEachLastSequence(java.util.function.ObjLongConsumer<String> action) {
        children.forEach((id, indexed) -> action.accept(id, indexed.lastSequence()));
    }

    /** The child's last sequence the figures were made from; -1 when none. */
    public long lastSequence(String childId) {
        Indexed indexed = children.get(childId);
        return indexed == null ? -1 : indexed.lastSequence();
    }

    public void loadFrom(ReadOnlyKeyValueStore<String, ChildTimeline> store) {
        try (KeyValueIterator<String, ChildTimeline> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ChildTimeline> next = all.next();
                put(next.key, next.value);
            }
        }
    }

    /**
     * Every child as the record stood at an instant, for figures on days up to {@code throughDate} (the as-at
     * date, or the end of a period of flows after it): only events recorded by then, with the corrections
     * recorded by then. A child untouched since the instant is taken as it is; so is a child whose later events
     * all speak of days after {@code throughDate} (new moves, costs, ceasing, recorded on time), since those
     * cannot change what the figures read of earlier days. Any other child recorded since (a late record, a
     * correction, a retraction, a return to care) is replayed from its events, which {@code recorded} gives in
     * sequence order (the event store's, the record itself).
     */
    public Collection<MeasuredTimeline> childrenAsKnownAt(Instant asKnownAt, java.time.LocalDate throughDate,
                                                         Function<String, List<RecordedEvent>> recorded) {
        long knownAtMillis = asKnownAt.toEpochMilli();
        long throughDay = throughDate.toEpochDay();
        List<MeasuredTimeline> all = new ArrayList<>(children.size());
        List<String> replay = new ArrayList<>();
        for (Map.Entry<String, Indexed> entry : children.entrySet()) {
            Indexed indexed = entry.getValue();
            if (indexed.firstRecordedAt() == null || indexed.firstRecordedAt().isAfter(asKnownAt)) continue;
            if (!indexed.lastRecordedAt().isAfter(asKnownAt) || indexed.recorded().onlyLaterDaysRecordedAfter(knownAtMillis, throughDay)) {
                if (indexed.child() != null) all.add(indexed.child());
                continue;
            }
            replay.add(entry.getKey());
        }
        // Each child replayed on its own, so on every core at once (and, with the event store, with its reads in
        // flight together): the replay is what such a snapshot costs.
        java.util.function.Function<String, MeasuredTimeline> asKnown = child -> replayed(child, asKnownAt, recorded);
        List<MeasuredTimeline> replayed = replay.size() < PARALLEL_FROM ? replay.stream().map(asKnown).toList()
                : REPLAYS.submit(() -> replay.parallelStream().map(asKnown).toList()).join();
        for (MeasuredTimeline child : replayed) if (child != null) all.add(child);
        return all;
    }

    /** Fewer replays than this are done in the caller's thread. */
    private static final int PARALLEL_FROM = 64;
    /** Its own pool: the replays may wait on the event store, which the common pool's other users should not. */
    private static final java.util.concurrent.ForkJoinPool REPLAYS = new java.util.concurrent.ForkJoinPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

    /** The child as known at the instant: its events recorded by then, folded together, or null with no start of care. */
    private MeasuredTimeline replayed(String childId, Instant asKnownAt, Function<String, List<RecordedEvent>> recorded) {
        List<RecordedEvent> known = new ArrayList<>();
        for (RecordedEvent e : recorded.apply(childId)) {
            if (!e.recordedAt().isAfter(asKnownAt)) known.add(e);
        }
        // Folded as one batch, as if one by one (the same steps and checks), in the square of its length, not the cube.
        ChildTimeline then = ChildTimeline.empty().applyAll(known);
        CareTimeline careTimeline = CareTimeline.of(childId, then.history());
        return careTimeline.details() != null ? measures.prepare(careTimeline) : null;
    }

    /** The latest instant at which an event the index holds was recorded, if it holds any. */
    public java.util.Optional<Instant> latestRecordedAt() {
        Instant latest = null;
        for (Indexed indexed : children.values()) {
            if (indexed.lastRecordedAt() != null && (latest == null || indexed.lastRecordedAt().isAfter(latest))) latest = indexed.lastRecordedAt();
        }
        return java.util.Optional.ofNullable(latest);
    }

    /** Every child, prepared for the measures. */
    public Collection<MeasuredTimeline> children() {
        java.util.List<MeasuredTimeline> all = new java.util.ArrayList<>(children.size());
        for (Indexed indexed : children.values()) if (indexed.child() != null) all.add(indexed.child());
        return all;
    }

    /** Forgets every child, for a rebuild that fills the index again from the start of the record. */
    public void clear() {
        children.clear();
        changes.incrementAndGet();
        for (ChangeListener listener : listeners) listener.cleared();
    }

    /** How many times a child's figures changed (or the index was emptied) so far: unchanged while nothing arrives. */
    public long changes() {
        return changes.get();
    }

    public int size() {
        return children.size();
    }
}
