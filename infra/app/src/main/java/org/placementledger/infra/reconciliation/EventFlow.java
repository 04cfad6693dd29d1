package org.placementledger.infra.reconciliation;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.placementledger.commandside.eventstore.StoreHeads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the events stand on their way to the figures, sampled every few seconds: the last position handed out in
 * the event store, the relay's position and the stored events after it, and the projections' offsets on the topic
 * and the records after them. A backlog whose reader has not moved for {@code stalledAfter} is stalled: that is
 * logged once at ERROR with the numbers, and health turns DOWN until it moves again.
 */
public final class EventFlow {

    private static final Logger log = LoggerFactory.getLogger(EventFlow.class);

    /**
     * @param relayPosition      global position of the last event on the topic; -1 before the first, null when unknown
     * @param relayLag           stored events the relay has still to send: after its position, and in the positions below
     *                           it that it passed while they were empty and still waits for
     * @param projectionsApplied records of the events topic the projections have applied, over every partition
     * @param projectionsLag     records on the topic the projections have not applied yet; null when Kafka did not say
     * @param kafkaError         why the projections' offsets could not be read, or null
     */
    public record Snapshot(Instant sampledAt, long storeLastPosition, Long relayPosition, long relayLag,
                           Duration relayStalledFor, Long projectionsApplied, Long projectionsLag,
                           Duration projectionsStalledFor, String kafkaError, Duration stalledAfter) {

        @JsonProperty
        public boolean relayStalled() {
            return relayStalledFor.compareTo(stalledAfter) >= 0;
        }

        @JsonProperty
        public boolean projectionsStalled() {
            return projectionsStalledFor.compareTo(stalledAfter) >= 0;
        }

        /** Nothing on its way: every stored event is on the topic and applied. */
        @JsonProperty
        public boolean caughtUp() {
            return relayLag == 0 && projectionsLag != null && projectionsLag == 0;
        }
    }

    private final StoreHeads store;
    private final RelayPosition relay;
    private final ProjectionLag projections;
    private final Clock clock;
    private final Duration stalledAfter;
    private final Progress relayProgress = new Progress();
    private final Progress projectionProgress = new Progress();
    private volatile Snapshot last;
    private boolean reportedStalled;

    EventFlow(StoreHeads store, RelayPosition relay, ProjectionLag projections, Clock clock, Duration stalledAfter) {
        this.store = store;
        this.relay = relay;
        this.projections = projections;
        this.clock = clock;
        this.stalledAfter = stalledAfter;
    }

    /** Reads every position now. */
    public synchronized Snapshot sample() {
        Instant now = clock.instant();
        long storeLast = store.lastPosition();
        Optional<RelayPosition.Place> relayAt = relay.place();
        long relayIndex = relayAt.map(RelayPosition.Place::index).orElse(-1L);
        // Events written into positions the relay passed while they were empty are still to be sent by it.
        long relayLag = store.eventsAfter(relayIndex) + relayAt.map(place -> store.eventsAt(place.awaited())).orElse(0L);
        Duration relayStalled = relayProgress.update(relayIndex, relayLag, now);

        Long applied = null;
        Long lag = null;
        String kafkaError = null;
        Duration projectionsStalled;
        try {
            ProjectionLag.Reading reading = projections.read();
            applied = reading.applied();
            lag = reading.lag();
            projectionsStalled = projectionProgress.update(reading.applied(), reading.lag(), now);
        } catch (RuntimeException e) {
            kafkaError = e.getMessage();
            Long lastLag = last == null ? null : last.projectionsLag();
            projectionsStalled = projectionProgress.unread(lastLag == null ? 1 : lastLag, now);
        }
        Snapshot snapshot = new Snapshot(now, storeLast, relayAt.isPresent() ? relayIndex : null, relayLag, relayStalled,
                applied, lag, projectionsStalled, kafkaError, stalledAfter);
        last = snapshot;
        reportOnce(snapshot);
        return snapshot;
    }

    /** The latest sample; taken now if there is none yet. */
    public Snapshot last() {
        Snapshot snapshot = last;
        return snapshot == null ? sample() : snapshot;
    }

    private void reportOnce(Snapshot s) {
        boolean stalled = s.relayStalled() || s.projectionsStalled();
        if (stalled && !reportedStalled) {
            log.error("Events are not reaching the figures: the event store is at position {}; the relay at {} with {} stored events "
                            + "after it, not moving for {} s; the projections {} records behind on the topic, not moving for {} s{}",
                    s.storeLastPosition(), s.relayPosition(), s.relayLag(), s.relayStalledFor().toSeconds(),
                    s.projectionsLag() == null ? "an unknown number of" : s.projectionsLag(), s.projectionsStalledFor().toSeconds(),
                    s.kafkaError() == null ? "" : " (Kafka: " + s.kafkaError() + ")");
        } else if (!stalled && reportedStalled) {
            log.info("Events are reaching the figures again: relay {} behind, projections {} behind", s.relayLag(), s.projectionsLag());
        }
        reportedStalled = stalled;
    }
}
