package org.placementledger.projections.incare;

import java.util.List;

/** Rebuild watches for tests: a rebuild in a test must never drop what it gathered. */
public final class RebuildWatches {

    private RebuildWatches() {
    }

    /** Notes each partition applied in {@code applied}; fails the test if gathered events are dropped. */
    public static RebuildWatch failingOnLoss(List<Integer> applied) {
        return failingOnLoss(applied, new java.util.concurrent.atomic.AtomicLong());
    }

    /** The same, adding up in {@code appliedEvents} the events applied as the rebuild tells of them. */
    public static RebuildWatch failingOnLoss(List<Integer> applied, java.util.concurrent.atomic.AtomicLong appliedEvents) {
        return new RebuildWatch() {
            @Override
            public void applied(int partition) {
                applied.add(partition);
            }

            @Override
            public void appliedEvents(int partition, int events) {
                appliedEvents.addAndGet(events);
            }

            @Override
            public void gatheredLost(int partition) {
                throw new AssertionError("events gathered from partition " + partition + " were dropped");
            }
        };
    }
}
