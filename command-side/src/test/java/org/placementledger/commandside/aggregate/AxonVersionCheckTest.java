package org.placementledger.commandside.aggregate;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.commandside.domain.RuleBroken;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.LegalStatus;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CARE_START;
import static org.placementledger.commandside.domain.Torbay.CLOCK;
import static org.placementledger.commandside.domain.Torbay.startCare;

/**
 * What a caller of Axon's command gateway sees, with a real Axon configuration (in-memory event store) rather
 * than the test fixture: the exceptions the HTTP layer maps, and why the child aggregate checks the expected
 * sequence itself.
 */
class AxonVersionCheckTest {

    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) axon.shutdown();
    }

    private CommandGateway start(Class<?> aggregateType) {
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(aggregateType)
                        .configureCommandTargetResolver(c -> new ChildCommandTargetResolver()))
                .registerComponent(Clock.class, c -> CLOCK)
                .registerComponent(RecordLimits.class, c -> RecordLimits.DEFAULT)
                .buildConfiguration();
        axon.start();
        return axon.commandGateway();
    }

    private static GenericCommandMessage<?> expecting(Object command, long sequence) {
        return (GenericCommandMessage<?>) GenericCommandMessage.asCommandMessage(command)
                .andMetaData(MetaData.with(ExpectedSequence.METADATA_KEY, sequence));
    }

    private long storedEvents() {
        return axon.eventStore().readEvents(AMELIA).asStream().count();
    }

    @Test
    void givenAHandlerThatOnlyLoads_whenTheExpectedSequenceIsBehind_thenAxonRefusesWithConflictingAggregateVersionException() {
        CommandGateway commands = start(VersionProbeAggregate.class);
        commands.sendAndWait(startCare(CARE_START));
        commands.sendAndWait(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 2, 1), LegalStatus.C2));

        assertThatThrownBy(() -> commands.sendAndWait(expecting(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1), 0)))
                .isInstanceOf(ConflictingAggregateVersionException.class);
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void givenAHandlerThatMayCreate_whenTheExpectedSequenceIsBehind_thenAxonDoesNotCheck_whichIsWhyTheChildAggregateDoes() {
        CommandGateway commands = start(VersionProbeAggregate.class);
        commands.sendAndWait(startCare(CARE_START));
        commands.sendAndWait(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 2, 1), LegalStatus.C2));

        commands.sendAndWait(expecting(new ChangeHomePostcode(AMELIA, LocalDate.of(2025, 4, 2), Postcode.of("TQ4 7EA")), 0));
        assertThat(storedEvents()).isEqualTo(3);
    }

    @Test
    void givenTheChildAggregate_whenTheExpectedSequenceIsBehind_thenTheGatewayThrowsConflictingAggregateVersionException_andNothingIsStored() {
        CommandGateway commands = start(ChildAggregate.class);
        CommandReceipt started = commands.sendAndWait(startCare(CARE_START));
        CommandReceipt changed = commands.sendAndWait(expecting(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 2, 1), LegalStatus.E1), 0));

        assertThat(started.sequence()).isZero();
        assertThat(changed.sequence()).isEqualTo(1);
        assertThat(changed.eventId()).isEqualTo(axon.eventStore().readEvents(AMELIA).asStream().toList().get(1).getIdentifier());
        assertThatThrownBy(() -> commands.sendAndWait(expecting(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.C2), 0)))
                .isInstanceOf(ConflictingAggregateVersionException.class);
        assertThat(storedEvents()).isEqualTo(2);
    }

    @Test
    void givenTheChildAggregate_whenARuleRefusesACommand_thenTheGatewayThrowsTheRuleBrokenItself_andNothingIsStored() {
        CommandGateway commands = start(ChildAggregate.class);
        assertThatThrownBy(() -> commands.sendAndWait(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 2, 1), LegalStatus.E1)))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> assertThat(broken.rule()).isEqualTo(Rule.NOT_IN_CARE));
        assertThat(axon.eventStore().readEvents(AMELIA).asStream().count()).isZero();
    }
}
