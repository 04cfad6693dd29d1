package org.placementledger.commandside.aggregate;

import org.placementledger.commandside.domain.ErasePersonalData;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.ChangePlacement;
import org.placementledger.commandside.domain.ChangePlacementCost;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.CorrectEvent;
import org.placementledger.commandside.domain.RecordChildDetails;
import org.placementledger.commandside.domain.RecordHistory;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.RetractEvent;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.history.EffectiveHistory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * One child's record as an Axon event-sourced aggregate. It only adapts: the decisions are
 * {@link ChildDecisions}, plain Java. Every handler may create the aggregate, because a first start of
 * care and a re-entry are the same command, and a command for a child never recorded must reach the rules
 * to be refused with a reason (a refusal stores nothing, so no empty aggregate is left behind).
 * <p>
 * The clock and the limits are handler parameters, resolved by Axon from the application's beans (or the
 * test fixture's resources), so that "today" is never read from the system clock here.
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
    public CommandReceipt handle(StartCare command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(ChangePlacement command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(ChangePlacementCost command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(ChangeLegalStatus command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(ChangeHomePostcode command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(CeaseCare command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(CorrectEvent command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(RetractEvent command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(RecordChildDetails command, MetaData metaData, Clock clock, RecordLimits limits) {
        return record(command, metaData, clock, limits);
    }

    /**
     * Every step decided before any is applied, so a refusal leaves nothing behind; the events then go to the
     * store together, in one unit of work.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandReceipt handle(RecordHistory command, MetaData metaData, Clock clock, RecordLimits limits) {
        checkExpectedSequence(command, metaData);
        List<ChildEvent> events = ChildDecisions.decideAll(command, history, LocalDate.now(clock), limits);
        for (ChildEvent event : events) AggregateLifecycle.apply(event);
        return lastApplied;
    }

    /** Only for a child already recorded: there is nothing to erase of a child never seen. */
    @CommandHandler
    public CommandReceipt handle(ErasePersonalData command, Clock clock) {
        ChildDecisions.erase(command, history, LocalDate.now(clock)).ifPresent(AggregateLifecycle::apply);
        return lastApplied;
    }

    private void checkExpectedSequence(ChildCommand command, MetaData metaData) {
        Long expected = ExpectedSequence.in(metaData);
        if (expected != null && expected != history.lastSequence()) {
            throw new ConflictingAggregateVersionException(command.childId(), expected, history.lastSequence());
        }
    }

    private CommandReceipt record(ChildCommand command, MetaData metaData, Clock clock, RecordLimits limits) {
        // Axon skips its own version check for handlers that may create the aggregate (loadOrCreate takes no
        // version), so the expected sequence is checked here, before deciding: a sender who has not seen the
        // latest write is told of the conflict, not judged against a record they have not read.
        checkExpectedSequence(command, metaData);
        ChildEvent event = ChildDecisions.decide(command, history, LocalDate.now(clock), limits);
        // For an event-sourced aggregate, apply runs the sourcing handler at once; it notes the id and sequence.
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
