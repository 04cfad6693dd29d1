package org.placementledger.commandside.aggregate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.placementledger.commandside.domain.RecordLimits;

import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CLOCK;

/** The child aggregate under Axon's test fixture, wired as the application wires it: same resolver, a fixed clock. */
final class ChildFixture {

    private ChildFixture() {
    }

    static FixtureConfiguration<ChildAggregate> create() {
        return create(RecordLimits.DEFAULT);
    }

    static FixtureConfiguration<ChildAggregate> create(RecordLimits limits) {
        FixtureConfiguration<ChildAggregate> fixture = new AggregateTestFixture<>(ChildAggregate.class);
        fixture.registerCommandTargetResolver(new ChildCommandTargetResolver());
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(limits);
        return fixture;
    }

    /**
     * The event id the fixture gave Amelia's given event at {@code sequence}, so a correction can name it.
     * Call after {@code given(...)} and before {@code when(...)}.
     */
    static String eventIdAt(FixtureConfiguration<ChildAggregate> fixture, long sequence) {
        return fixture.getEventStore().readEvents(AMELIA).asStream()
                .filter(event -> event.getSequenceNumber() == sequence)
                .map(DomainEventMessage::getIdentifier)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no given event at sequence " + sequence));
    }
}
