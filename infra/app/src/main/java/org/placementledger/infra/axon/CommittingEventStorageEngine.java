package org.placementledger.infra.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Makes each append durable before the command is acknowledged, on a store that otherwise writes to
 * disk only now and then (the embedded server's H2 file commits about once a second).
 */
final class CommittingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final Runnable commit;
    private final java.util.function.Consumer<java.util.Set<String>> beforeAppend;
    private final java.util.function.Consumer<List<? extends EventMessage<?>>> stored;

    /**
     * @param beforeAppend told the children of a batch before it is written: their keys are made together,
     *                     not one lookup per child as each event is sealed (an import appends a thousand at once)
     */
    /** @param stored told each batch once it is durable, for the metrics of events recorded */
    CommittingEventStorageEngine(EventStorageEngine delegate, Runnable commit, java.util.function.Consumer<java.util.Set<String>> beforeAppend,
                                 java.util.function.Consumer<List<? extends EventMessage<?>>> stored) {
        this.delegate = delegate;
        this.commit = commit;
        this.beforeAppend = beforeAppend;
        this.stored = stored;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        java.util.Set<String> children = new java.util.HashSet<>();
        for (EventMessage<?> event : events) {
            if (event instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain) children.add(domain.getAggregateIdentifier());
        }
        if (!children.isEmpty()) beforeAppend.accept(children);
        delegate.appendEvents(events);
        commit.run();
        stored.accept(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
        commit.run();
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
