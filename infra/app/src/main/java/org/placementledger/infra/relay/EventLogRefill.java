package org.placementledger.infra.relay;

import org.apache.kafka.clients.admin.Admin;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.placementledger.events.Topics;
import org.placementledger.infra.kafka.TopicOffsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refills {@code placement-events} from the event store when the Kafka log has been lost: the relay's token goes
 * back to the start and it sends every event again, each once (it waits for Kafka's acknowledgement before its
 * token moves). Only into an empty topic: one still holding events would get them twice.
 */
public final class EventLogRefill {

    private static final Logger log = LoggerFactory.getLogger(EventLogRefill.class);

    /** What a refill found: how many events the topic held, and whether the relay was sent back to the start. */
    public record Outcome(boolean started, long eventsOnTopic, String message) {
    }

    private final Admin admin;
    private final EventProcessingConfiguration processing;

    public EventLogRefill(Admin admin, EventProcessingConfiguration processing) {
        this.admin = admin;
        this.processing = processing;
    }

    public synchronized Outcome refill() {
        long held = eventsOnTopic();
        if (held > 0) {
            return new Outcome(false, held, Topics.PLACEMENT_EVENTS + " still holds " + held
                    + " events: refilling it would write them twice. Refill only a topic that was lost (emptied or made anew).");
        }
        TrackingEventProcessor relay = processing.eventProcessor(KafkaEventRelay.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the relay " + KafkaEventRelay.PROCESSING_GROUP + " is not configured"));
        relay.shutDown();
        relay.resetTokens();
        relay.start();
        log.info("Refilling {} from the event store: the relay starts again from the first event", Topics.PLACEMENT_EVENTS);
        return new Outcome(true, 0, "the relay is sending every event of the event store again");
    }

    /** Events on the topic now: from each partition's first offset to its end. */
    public long eventsOnTopic() {
        return TopicOffsets.held(admin, Topics.PLACEMENT_EVENTS);
    }
}
