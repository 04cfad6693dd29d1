package org.placementledger.commandside.aggregate;

import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.ChangePlacement;
import org.placementledger.commandside.domain.ChangePlacementCost;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.CorrectEvent;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.RetractEvent;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.commandside.http.RecordingMetadata;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.history.EffectiveHistory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * One child's record as an Axon event-sourced aggregate. It only adapts: the decisions are
 * {@link ChildDecisions}, plain Java. Every handler may create the aggregate, because a first start of
 * care and a re-entry are the same command, and a command for a child never recorded must reach the rules
 * to be refused with a reason.
 */
@Aggregate(commandTargetResolver = "childCommandTargetResolver")
public class ChildAggregate {

    @AggregateIdentifier
    private String childId;
    private EffectiveHistory history = EffectiveHistory.empty();
    private CommandReceipt lastApplied;

    protected ChildAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(StartCare command, Clock clock, RecordLimits limits,
                                 @MetaDataValue(RecordingMetadata.EXPECTED_SEQUENCE) Long expectedSequence) {
        return record(command, clock, limits, expectedSequence);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(ChangePlacement command, Clock clock, RecordLimits limits,
                                 @MetaDataValue(RecordingMetadata.EXPECTED_SEQUENCE) Long expectedSequence) {
        return record(command, clock, limits, expectedSequence);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(ChangePlacementCost command, Clock clock, RecordLimits limits,
                                 @MetaDataValue(RecordingMetadata.EXPECTED_SEQUENCE) Long expectedSequence) {
        return record(command, clock, limits, expectedSequence);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(ChangeLegalStatus command, Clock clock, RecordLimits limits,
                                 @MetaDataValue(RecordingMetadata.EXPECTED_SEQUENCE) Long expectedSequence) {
        return record(command, clock, limits, expectedSequence);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(ChangeHomePostcode command, Clock clock, RecordLimits limits,
                                 @MetaDataValue(RecordingMetadata.EXPECTED_SEQUENCE) Long expectedSequence) {
        return record(command, clock, limits, expectedSequence);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(CeaseCare command, Clock clock, RecordLimits limits,
                                 @MetaDataValue(RecordingMetadata.EXPECTED_SEQUENCE) Long expectedSequence) {
        return record(command, clock, limits, expectedSequence);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(CorrectEvent command, Clock clock, RecordLimits limits,
                                 @MetaDataValue(RecordingMetadata.EXPECTED_SEQUENCE) Long expectedSequence) {
        return record(command, clock, limits, expectedSequence);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(RetractEvent command, Clock clock, RecordLimits limits,
                                 @MetaDataValue(RecordingMetadata.EXPECTED_SEQUENCE) Long expectedSequence) {
        return record(command, clock, limits, expectedSequence);
    }

    private CommandReceipt record(ChildCommand command, Clock clock, RecordLimits limits, Long expectedSequence) {
        // Checked here rather than by Axon: a handler that may create its aggregate is loaded without a version check.
        if (expectedSequence != null && expectedSequence != history.lastSequence()) {
            throw new ConflictingAggregateVersionException(command.childId(), expectedSequence, history.lastSequence());
        }
        ChildEvent event = ChildDecisions.decide(command, history, LocalDate.now(clock), limits);
        // An event-sourced aggregate runs its sourcing handler at once, which notes the event's id and sequence.
        AggregateLifecycle.apply(event);
        return lastApplied;
    }

    @EventSourcingHandler
    void on(ChildEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence) {
        childId = event.childId();
        history = history.with(eventId, sequence, event);
        lastApplied = new CommandReceipt(eventId, sequence);
    }
}
