package org.placementledger.infra.streams;

import java.time.Instant;

/**
 * How far a rebuild of the projections has come, of the events on {@code placement-events} when it started. A
 * rebuild reads each partition's events first (gathering each child's together), then applies them child by child;
 * the second part takes the longer, so what is done, the rate and the time left count events applied.
 *
 * @param state          IDLE (none asked for since start), RESETTING, REBUILDING, DONE or FAILED
 * @param eventsDone     events applied to the children's timelines
 * @param eventsGathered events read from the log so far (committed by the projections)
 * @param perSecond      events applied a second since the rebuild started
 * @param secondsLeft    at the rate events have been applied since the first was, null while none has been
 */
public record RebuildProgress(String state, Instant startedAt, long eventsDone, long eventsGathered, long eventsTotal, double perSecond,
                              Long secondsLeft, String message) {
}
