package org.placementledger.infra.reconciliation;

import java.time.Duration;
import java.time.Instant;

/**
 * One reader's progress through a backlog (the relay through the store, the projections through the topic):
 * stalled while it has something left to read and its position has not moved. A backlog that shrinks, however
 * slowly, is progress; one that only grows while the position stands is not.
 */
final class Progress {

    private long position = Long.MIN_VALUE;
    private Instant lastMoved;

    /** Takes a reading; returns how long the reader has been stalled (zero when it is not). */
    synchronized Duration update(long newPosition, long lag, Instant now) {
        if (lastMoved == null || newPosition != position || lag <= 0) lastMoved = now;
        position = newPosition;
        return lag <= 0 ? Duration.ZERO : Duration.between(lastMoved, now);
    }

    /** No reading could be had: a reader with something left to read is taken as not moving. */
    synchronized Duration unread(long lastLag, Instant now) {
        if (lastMoved == null) lastMoved = now;
        return lastLag <= 0 ? Duration.ZERO : Duration.between(lastMoved, now);
    }
}
