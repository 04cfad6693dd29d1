package org.placementledger.commandside.eventstore;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides how long a reader waits for a position that was handed out but is still empty. Such a gap is
 * either a slow writer, whose event must still be delivered when it lands, or an append that failed (lost
 * the concurrency check, or died), which will never be written and must not be asked for forever.
 * <p>
 * There is no index on time to ask the store how old a gap is, so two clocks judge it, neither costing a
 * query:
 * <ul>
 *   <li>the store time of the event a reader moves on to: it was appended after every position below it was
 *   handed out, so once it is older than the timeout, so is every gap below it. This is what Axon's JPA
 *   engine does with the event's own timestamp; the store time is used because an event may carry a time
 *   long before its append. It clears gaps at once when a reader catches up on history;</li>
 *   <li>the time this engine first found the gap still empty: the gap was handed out before then. This
 *   serves a reader at the head, where the newest event is always fresh, and an idle one.</li>
 * </ul>
 * A gap given up is no longer asked for; an event written into it later is not delivered, which is the
 * meaning of the timeout. After a restart every gap gets a full timeout again, which only errs towards
 * waiting. Clocks of different writers and readers are assumed to agree to well within the timeout.
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

    /** The gaps of a token still worth asking for; notes when each was first seen empty. */
    SortedSet<Long> stillAwaited(long index, SortedSet<Long> gaps, Instant now) {
        forgetFarBelow(index);
        SortedSet<Long> awaited = new TreeSet<>();
        for (Long gap : gaps) {
            Instant firstSeen = firstSeenEmpty.putIfAbsent(gap, now);
            if (firstSeen == null || now.isBefore(firstSeen.plus(timeout))) awaited.add(gap);
        }
        return awaited;
    }

    /** Whether the gaps below an event appended at {@code storedAt} are still waited for. */
    boolean gapsBelowAwaited(Instant storedAt, Instant now) {
        return now.isBefore(storedAt.plus(timeout));
    }

    void filled(Collection<Long> positions) {
        positions.forEach(firstSeenEmpty::remove);
    }

    /**
     * A token keeps no gap further than the max gap offset below its index, so such sightings can go; a
     * reader that far behind gets a fresh timeout for its gaps, which only errs towards waiting.
     */
    private void forgetFarBelow(long index) {
        long highest = highestIndexSeen.accumulateAndGet(index, Math::max);
        if (!firstSeenEmpty.isEmpty()) firstSeenEmpty.headMap(highest - maxGapOffset).clear();
    }

    int maxGapOffset() {
        return maxGapOffset;
    }

    Duration timeout() {
        return timeout;
    }
}
