package org.placementledger.infra.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the events made durable in the store, by type ({@code ledger_events_recorded_total{type="CareStarted"}}):
 * told by the storage engine after each batch is committed, commands and imports alike.
 */
public final class EventsRecorded {

    private final MeterRegistry registry;
    private final Map<String, Counter> byType = new ConcurrentHashMap<>();

    public EventsRecorded(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(List<? extends EventMessage<?>> events) {
        for (EventMessage<?> event : events) {
            byType.computeIfAbsent(event.getPayloadType().getSimpleName(), type -> Counter.builder("ledger.events.recorded")
                    .description("Events written durably to the event store, by type").tag("type", type).register(registry)).increment();
        }
    }
}
