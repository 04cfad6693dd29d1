package org.placementledger.commandside.eventstore;

import org.axonframework.common.IdentifierFactory;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event ids (and Axon's other message ids) as time-ordered UUIDs (version 7 of RFC 9562): the time in
 * milliseconds first, then a counter within the millisecond, then 62 random bits.
 * <p>
 * Why: the event store keeps a unique index of event ids. Random ids land all over that index, so every write
 * to disk rewrote nearly every page of it (an import's commit wrote tens of megabytes for a few thousand events).
 * Ids that grow with time are added at the end, where a few pages take them all. They are still UUIDs, unique
 * across instances by their random part, and compare as text in the order they were made in this process.
 * Found by Axon through {@code META-INF/services}.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

    /** Milliseconds shifted left 12 bits, plus the counter within the millisecond: never goes back. */
    private final AtomicLong last = new AtomicLong();

    @Override
    public String generateIdentifier() {
        long now = System.currentTimeMillis() << 12;
        // A clock set back, or more than 4,096 ids in a millisecond, borrows from the next: ids keep growing.
        long stamp = last.updateAndGet(previous -> Math.max(previous + 1, now));
        long millis = stamp >>> 12;
        long counter = stamp & 0xFFF;
        long high = (millis << 16) | (0x7L << 12) | counter;
        long low = (0b10L << 62) | (ThreadLocalRandom.current().nextLong() >>> 2);
        return new UUID(high, low).toString();
    }
}
