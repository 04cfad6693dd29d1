package org.placementledger.commandside.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides how long a reader waits for a position that was handed out but is still empty. Such a position is
 * either a slow writer's, whose event must still be delivered when it lands, or an append's that failed
 * (lost the concurrency check, or died), which will never be written and must not be asked for forever.
 * <p>
 * There is no index on time to ask the store how old a position is, so two clocks judge it, neither costing
 * a query:
 * <ul>
 *   <li>the store time of the event a reader moves on to: it was appended after every position below it was
 *   handed out, so once it is older than the timeout, so is every gap below it. This is what Axon's JPA
 *   engine does with the event's own timestamp; the store time is used because an event may carry a time
 *   long before its append. It clears gaps at once when a reader catches up on history;</li>
 *   <li>the time this engine first found the position empty: it was handed out before then. This serves a
 *   reader at the head, where the newest event is always fresh, and an idle one: a position empty for
 *   longer than the timeout is not asked for again, whether it is a gap behind the token or part of a
 *   failed append ahead of it.</li>
 * </ul>
 * An event written into a position given up is not delivered to the tracking reader, which is the meaning of the
 * timeout; it is not lost to the figures: the reconciliation compares every child's last stored sequence with the
 * projections', finds the child behind and sends its events again (infra's {@code Reconciliation}, proven by
 * {@code ReconciliationEndToEndTest} for events the relay's position has passed). After a
 * restart every empty position gets a full timeout again, which only errs towards waiting. Clocks of
 * different writers and readers are assumed to agree to well within the timeout.
 */
final class GapTimeouts {

    private final Duration timeout;
    private final int maxGapOffset;
    private final ConcurrentSkipListMap<Long, Instant> firstSeenEmpty = new ConcurrentSkipListMap<>();
    private final AtomicLong highestIndexSeen = new AtomicLong(-1);

    GapTimeouts(Duration timeout, int maxGapOffset) {
        this.timeout = timeout;
        this.maxGapOffset = maxGapOffset;
    }

    boolean givenUp(long position, Instant now) {
        Instant firstSeen = firstSeenEmpty.get(position);
        return firstSeen != null && !now.isBefore(firstSeen.plus(timeout));
    }

    /** The positions still worth asking for. */
    List<Long> notGivenUp(Collection<Long> positions, Instant now) {
        if (firstSeenEmpty.isEmpty()) return new ArrayList<>(positions);
        List<Long> awaited = new ArrayList<>(positions.size());
        for (Long p : positions) if (!givenUp(p, now)) awaited.add(p);
        return awaited;
    }

    /** Notes positions asked for and found empty; only the first sighting counts. */
    void seenEmpty(Collection<Long> positions, Instant now) {
        for (Long p : positions) firstSeenEmpty.putIfAbsent(p, now);
    }

    void filled(Collection<Long> positions) {
        if (!firstSeenEmpty.isEmpty()) positions.forEach(firstSeenEmpty::remove);
    }

    /** Whether the gaps below an event appended at {@code storedAt} are still waited for. */
    boolean gapsBelowAwaited(Instant storedAt, Instant now) {
        return now.isBefore(storedAt.plus(timeout));
    }

    /**
     * A token keeps no gap further than the max gap offset below its index, so sightings that far below the
     * furthest reader can go; a reader that far behind gets a fresh timeout, which only errs towards waiting.
     */
    void readerAt(long index) {
        long highest = highestIndexSeen.accumulateAndGet(index, Math::max);
        if (!firstSeenEmpty.isEmpty()) firstSeenEmpty.headMap(highest - maxGapOffset).clear();
    }

    int maxGapOffset() {
        return maxGapOffset;
    }
}
