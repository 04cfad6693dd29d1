package org.placementledger.infra.exports;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.placementledger.commandside.http.RecordingMetadata;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.RecordedEvent;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.queryside.exports.EventArchive;
import org.placementledger.queryside.exports.Ssda903Export;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.stream.Stream;

@Configuration
public class ExportConfig {

    /** The event store read from its first event to its last, as it stands: no projection in between. */
    @Bean
    public EventArchive eventArchive(EventStorageEngine engine) {
        return each -> {
            try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
                events.forEach(message -> {
                    if (!(message instanceof DomainEventMessage<?> domain) || !(message.getPayload() instanceof ChildEvent event)) return;
                    Object by = message.getMetaData().get(RecordingMetadata.RECORDED_BY);
                    each.accept(new RecordedEvent(message.getIdentifier(), domain.getAggregateIdentifier(), domain.getSequenceNumber(),
                            message.getTimestamp(), by == null ? "unknown" : by.toString(), null, event));
                });
            }
        };
    }

    @Bean
    public Ssda903Export ssda903Export(EventArchive archive, PostcodeGrid grid) {
        return new Ssda903Export(archive, grid);
    }
}
