package org.placementledger.infra.streams;

import java.time.Instant;

/**
 * How far a rebuild of the projections has come: events of {@code placement-events} the projections have
 * committed, of those on the topic when it started.
 *
 * @param state         IDLE (none asked for since start), RESETTING, REBUILDING, DONE or FAILED
 * @param perSecond     events a second since the rebuild started
 * @param secondsLeft   at that rate, null when not known
 */
public record RebuildProgress(String state, Instant startedAt, long eventsDone, long eventsTotal, double perSecond, Long secondsLeft,
                              String message) {
}
