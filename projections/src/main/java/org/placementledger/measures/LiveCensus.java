package org.placementledger.measures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The census of one date kept child by child: a changed child replaces what it added before, so the figures
 * for today follow a new event by counting that one child again rather than every child. Each child is
 * counted by the same {@link Measures#count} that counts all children at once for any other date, so the
 * figures cannot differ from a report computed from scratch.
 * <p>
 * Not thread-safe: one thread keeps it.
 */
public final class LiveCensus {

    private final Measures measures;
    private final Census date;
    private final Map<String, Counted> children = new HashMap<>();

    LiveCensus(Measures measures, LocalDate asAt) {
        this.measures = measures;
        this.date = new Census(asAt);
    }

    public LocalDate asAt() {
        return date.asAt();
    }

    /** Counts the child as its timeline now stands, in place of how it was counted before; null takes it out. */
    public void put(String childId, MeasuredTimeline child) {
        Counted counted = child == null ? null : measures.count(child, date);
        if (counted == null) children.remove(childId);
        else children.put(childId, counted);
    }

    /** Every measure on the census date (no flows: those belong to a period, not a day). */
    public MeasuresReport report() {
        Census census = new Census(date.asAt());
        for (Counted counted : children.values()) census.add(counted);
        return measures.report(census, java.util.List.of(), null, null);
    }

    public int size() {
        return children.size();
    }
}
