package org.placementledger.commandside.domain;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.history.CareState;
import org.placementledger.events.history.CareStates;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.InCare;
import org.placementledger.events.history.StoredFact;

import java.time.LocalDate;

/**
 * Decides what one command records for one child: exactly one event, or a refusal naming the broken rule.
 * Pure: the child's record, today's date and the limits in; the event out.
 */
public final class ChildDecisions {

    private static final String PROPOSED = "proposed";
    /** The id EffectiveHistory gives a correction that is only being tried out. */
    private static final String PROPOSED_CORRECTION = "proposed-correction";

    private ChildDecisions() {
    }

    public static ChildEvent decide(ChildCommand command, EffectiveHistory history, LocalDate today, RecordLimits limits) {
        CareState now = CareStates.of(history);
        if (command instanceof CorrectEvent correct) return correct(correct, history, today, limits);
        if (command instanceof RetractEvent retract) return retract(retract, history, today, limits);
        CareFact fact = factFor(command, now, history);
        appendOnly(fact, now);
        checkWithRecord(fact, history, today, limits, null);
        return fact;
    }

    private static CareFact factFor(ChildCommand command, CareState now, EffectiveHistory history) {
        if (command instanceof StartCare c) {
            return new CareStarted(c.childId(), c.startDate(), c.dateOfBirth(), c.sex(), c.homePostcode(), c.legalStatus(),
                    c.categoryOfNeed(), PlacementIds.assign(c.placement(), now, history));
        }
        if (command instanceof ChangePlacement c) {
            return new PlacementChanged(c.childId(), c.date(), PlacementIds.assign(c.placement(), now, history), c.reason(), c.carerChanged());
        }
        if (command instanceof ChangePlacementCost c) return new PlacementCostChanged(c.childId(), c.from(), c.placementId(), c.weeklyCost());
        if (command instanceof ChangeLegalStatus c) return new LegalStatusChanged(c.childId(), c.date(), c.legalStatus());
        if (command instanceof ChangeHomePostcode c) return new HomePostcodeChanged(c.childId(), c.date(), c.homePostcode());
        if (command instanceof CeaseCare c) return new CareCeased(c.childId(), c.date(), c.reason());
        throw new IllegalArgumentException("no decision for " + command.getClass().getSimpleName());
    }

    /**
     * Starts, moves and ends are judged against where the record stands now: a move cannot be slipped in
     * before the current placement, nor a period of care before the last one. Reshaping the past is what
     * corrections are for.
     */
    private static void appendOnly(CareFact fact, CareState now) {
        if (fact instanceof CareStarted started && now instanceof InCare inCare) {
            throw new RuleBroken(Rule.ALREADY_IN_CARE, "child " + started.childId() + " has been in care since "
                    + inCare.periodStart() + "; a new period of care can start only after this one ends");
        }
        if (fact instanceof PlacementChanged || fact instanceof CareCeased) {
            if (!(now instanceof InCare inCare)) {
                throw new RuleBroken(Rule.NOT_IN_CARE, FactChecks.describe(fact) + " on " + fact.effectiveDate()
                        + " needs the child in care, but child " + fact.childId() + " is not in care now");
            }
            if (fact instanceof PlacementChanged && fact.effectiveDate().isBefore(inCare.current().from())) {
                throw new RuleBroken(Rule.MOVE_BEFORE_CURRENT_PLACEMENT, "the move on " + fact.effectiveDate()
                        + " is before the current placement " + inCare.current().placementId() + " began on " + inCare.current().from());
            }
            if (fact instanceof CareCeased && fact.effectiveDate().isBefore(inCare.current().from())) {
                throw new RuleBroken(Rule.CEASE_BEFORE_LAST_MOVE, "care cannot cease on " + fact.effectiveDate()
                        + ", before the last move on " + inCare.current().from());
            }
        }
    }

    private static EventCorrected correct(CorrectEvent command, EffectiveHistory history, LocalDate today, RecordLimits limits) {
        StoredFact original = live(history, command.eventId());
        CareFact correction = command.correction();
        if (correction.getClass() != original.fact().getClass() || !command.childId().equals(correction.childId())) {
            throw new RuleBroken(Rule.CORRECTION_CHANGES_TYPE, "event " + command.eventId() + " is a "
                    + original.fact().getClass().getSimpleName() + " of child " + original.fact().childId()
                    + "; its correction must be one too, not a " + correction.getClass().getSimpleName() + " of child " + correction.childId());
        }
        LocalDate from = earlier(original.fact().effectiveDate(), correction.effectiveDate());
        checkWithRecord(null, history.replacing(command.eventId(), correction), today, limits, from);
        return new EventCorrected(command.childId(), original.eventId(), correction, command.reason());
    }

    private static EventRetracted retract(RetractEvent command, EffectiveHistory history, LocalDate today, RecordLimits limits) {
        StoredFact original = live(history, command.eventId());
        checkWithRecord(null, history.without(command.eventId()), today, limits, original.fact().effectiveDate());
        return new EventRetracted(command.childId(), original.fact().effectiveDate(), original.eventId(), command.reason());
    }

    private static StoredFact live(EffectiveHistory history, String eventId) {
        if (history.isRetracted(eventId)) {
            throw new RuleBroken(Rule.UNKNOWN_EVENT, "event " + eventId + " was retracted and no longer counts");
        }
        return history.find(eventId).orElseThrow(() -> new RuleBroken(Rule.UNKNOWN_EVENT,
                "this child's record has no event " + eventId));
    }

    /**
     * Judges the record as it would be: with the new fact added, or with a correction or retraction applied.
     * A refusal of the new fact itself keeps its own rule; a fact elsewhere in the record that the change
     * would break is named with its date, so the recorder knows what stands in the way.
     */
    private static void checkWithRecord(CareFact newFact, EffectiveHistory changed, LocalDate today, RecordLimits limits, LocalDate from) {
        EffectiveHistory candidate = newFact == null ? changed : changed.with(PROPOSED, changed.lastSequence() + 1, newFact);
        LocalDate checkFrom = newFact == null ? from : newFact.effectiveDate();
        try {
            RecordCheck.checkFrom(checkFrom, candidate, today, limits);
        } catch (RecordCheck.Refused refused) {
            if (PROPOSED.equals(refused.fact.eventId()) || PROPOSED_CORRECTION.equals(refused.fact.correctedBy())) throw refused.broken;
            String elsewhere = FactChecks.describe(refused.fact.fact()) + " on " + refused.fact.fact().effectiveDate()
                    + " (event " + refused.fact.eventId() + ") would break the rule " + refused.broken.rule() + ": " + refused.broken.reason();
            if (newFact == null) throw new RuleBroken(Rule.CORRECTION_BREAKS_RECORD, "with this change, " + elsewhere);
            throw new RuleBroken(refused.broken.rule(), "recording this, " + elsewhere);
        }
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
