package org.placementledger.projections.timelines;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.measures.MeasuredTimeline;
import org.placementledger.measures.Measures;
import org.placementledger.projections.incare.ChildTimeline;

import java.util.Collection;
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

    private record Indexed(long lastSequence, MeasuredTimeline child) {
    }

    private final Measures measures;

    private final ConcurrentHashMap<String, Indexed> children = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

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
            // A child with no start of care yet has nothing to measure.
            return new Indexed(timeline.lastSequence(), careTimeline.details() == null ? null : measures.prepare(careTimeline));
        });
        if (changed[0]) changes.incrementAndGet();
    }

    /** How many changes the index has taken: a figure computed at one count is stale at a higher one. */
    public long changes() {
        return changes.get();
    }

    public void loadFrom(ReadOnlyKeyValueStore<String, ChildTimeline> store) {
        try (KeyValueIterator<String, ChildTimeline> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ChildTimeline> next = all.next();
                put(next.key, next.value);
            }
        }
    }

    /** Every child, prepared for the measures. */
    public Collection<MeasuredTimeline> children() {
        java.util.List<MeasuredTimeline> all = new java.util.ArrayList<>(children.size());
        for (Indexed indexed : children.values()) if (indexed.child() != null) all.add(indexed.child());
        return all;
    }

    public int size() {
        return children.size();
    }
}
