package org.placementledger.commandside.aggregate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;

/**
 * Not part of the application: an aggregate with no rules and no version check of its own, to show what Axon
 * itself does with the expected version {@link ChildCommandTargetResolver} hands it, for a handler that only
 * loads (ChangeLegalStatus) and for one that may create (ChangeHomePostcode).
 */
public class VersionProbeAggregate {

    @AggregateIdentifier
    private String childId;

    protected VersionProbeAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(StartCare command) {
        AggregateLifecycle.apply(new LegalStatusChanged(command.childId(), command.startDate(), command.legalStatus()));
    }

    @CommandHandler
    public void handle(ChangeLegalStatus command) {
        AggregateLifecycle.apply(new LegalStatusChanged(command.childId(), command.date(), command.legalStatus()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeHomePostcode command) {
        AggregateLifecycle.apply(new HomePostcodeChanged(command.childId(), command.date(), command.homePostcode()));
    }

    @EventSourcingHandler
    void on(ChildEvent event) {
        childId = event.childId();
    }
}
