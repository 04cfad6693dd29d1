package org.placementledger.commandside.domain;

import org.placementledger.events.PersonalDataErased;

import org.placementledger.events.ChildDetailsRecorded;
import org.placementledger.events.ReturnRowsRecorded;
import org.placementledger.events.codes.ReasonNewEpisode;
import java.util.ArrayList;
import java.util.List;

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
import org.placementledger.events.history.LeftCare;
import org.placementledger.events.history.StoredFact;

import java.time.LocalDate;

/**
 * Decides what a command records for one child, or refuses it naming the broken rule: one event for a single
 * command ({@link #decide}), every step of a history in order, all or none ({@link #decideAll}), and an erasure
 * ({@link #erase}). Pure: the child's record, today's date and the limits in; the events out.
 */
public final class ChildDecisions {

    /** The id a new fact has while it is tried out in the record, before it is stored under its real id. */
    private static final String PROPOSED = "proposed";

    private ChildDecisions() {
    }

    public static ChildEvent decide(ChildCommand command, EffectiveHistory history, LocalDate today, RecordLimits limits) {
        if (command instanceof RecordHistory) throw new IllegalArgumentException("a history records many events: decide it with decideAll");
        if (command instanceof ErasePersonalData) throw new IllegalArgumentException("an erasure is decided with erase");
        // What was erased cannot be compared with or corrected, and what is new would be stored without its personal data.
        if (history.personalDataErased()) {
            throw new RuleBroken(Rule.PERSONAL_DATA_ERASED, "the personal data of child " + command.childId()
                    + " was erased, so nothing more is recorded in this record; a child who returns to care is recorded under a new id");
        }
        CareState now = CareStates.of(history);
        if (command instanceof CorrectEvent correct) return correct(correct, history, today, limits);
        if (command instanceof RetractEvent retract) return retract(retract, history, today, limits);
        appendOnly(command, now);
        CareFact fact = factFor(command, now, history);
        checkWithRecord(history.with(PROPOSED, history.lastSequence() + 1, fact), fact.effectiveDate(), PROPOSED, today, limits);
        return fact;
    }

    /**
     * Decides every step of a history in order, each against the record as the steps before it left it:
     * the events of all of them, or the refusal of the first that breaks a rule (and nothing recorded).
     * Steps that correct or retract name events already stored, never one of their own batch.
     */
    public static List<ChildEvent> decideAll(RecordHistory command, EffectiveHistory history, LocalDate today, RecordLimits limits) {
        List<ChildEvent> events = new ArrayList<>(command.steps().size());
        RecordLimits stepLimits = command.postcodesAsWritten() ? limits.withPostcodesAsWritten() : limits;
        EffectiveHistory trial = history;
        for (int i = 0; i < command.steps().size(); i++) {
            ChildEvent event;
            try {
                event = decide(command.steps().get(i), trial, today, stepLimits);
            } catch (RuleBroken broken) {
                throw new StepRefused(i, broken);
            }
            events.add(event);
            trial = trial.with(PROPOSED + "-" + i, trial.lastSequence() + 1, event);
        }
        return events;
    }

    /**
     * An erasure is recorded once: asked again (a retry after a failure, the retention sweep on two instances),
     * nothing more is recorded.
     */
    public static java.util.Optional<PersonalDataErased> erase(ErasePersonalData command, EffectiveHistory history, LocalDate today) {
        if (history.personalDataErased()) return java.util.Optional.empty();
        return java.util.Optional.of(new PersonalDataErased(command.childId(), today, command.basis()));
    }

    private static CareFact factFor(ChildCommand command, CareState now, EffectiveHistory history) {
        if (command instanceof StartCare c) {
            return new CareStarted(c.childId(), c.startDate(), c.dateOfBirth(), c.sex(), c.homePostcode(), c.legalStatus(),
                    c.categoryOfNeed(), PlacementIds.assign(c.placement(), now, history),
                    c.openingEpisode() == ReasonNewEpisode.S ? null : c.openingEpisode());
        }
        if (command instanceof ChangePlacement c) {
            return new PlacementChanged(c.childId(), c.date(), PlacementIds.assign(c.placement(), now, history), c.reason(), c.carerChanged());
        }
        if (command instanceof ChangePlacementCost c) return new PlacementCostChanged(c.childId(), c.from(), c.placementId(), c.weeklyCost());
        if (command instanceof ChangeLegalStatus c) return new LegalStatusChanged(c.childId(), c.date(), c.legalStatus());
        if (command instanceof ChangeHomePostcode c) return new HomePostcodeChanged(c.childId(), c.date(), c.homePostcode());
        if (command instanceof CeaseCare c) return new CareCeased(c.childId(), c.date(), c.reason());
        if (command instanceof RecordReturnRows c) return new ReturnRowsRecorded(c.childId(), c.date(), c.file(), c.rows());
        if (command instanceof RecordChildDetails c) {
            return new ChildDetailsRecorded(c.childId(), c.date(), c.ethnicity(), c.upn(), c.mother(), c.motherChildDateOfBirth());
        }
        throw new IllegalArgumentException("no decision for " + command.getClass().getSimpleName());
    }

    /**
     * Starts, moves and ends are judged against where the record stands now: a move cannot be slipped in
     * before the current placement, nor a period of care before the last one. Reshaping the past is what
     * corrections are for. Judged on the command, before a placement id is given, so that a child not in care
     * hears that rather than a complaint about the id.
     */
    private static void appendOnly(ChildCommand command, CareState now) {
        if (command instanceof StartCare start && now instanceof InCare inCare) {
            throw new RuleBroken(Rule.ALREADY_IN_CARE, "care cannot start on " + start.startDate() + ": child " + start.childId()
                    + " has been in care since " + inCare.periodStart() + "; a new period of care can start only after this one ends");
        }
        LocalDate date;
        String what;
        if (command instanceof ChangePlacement move) {
            date = move.date();
            what = "the move";
        } else if (command instanceof CeaseCare cease) {
            date = cease.date();
            what = "the end of care";
        } else {
            return;
        }
        if (!(now instanceof InCare inCare)) {
            String where = now instanceof LeftCare left ? "left care on " + left.ceasedOn() : "has never been in care";
            throw new RuleBroken(Rule.NOT_IN_CARE, what + " on " + date + " needs the child in care, but child "
                    + command.childId() + " " + where);
        }
        if (command instanceof ChangePlacement && date.isBefore(inCare.current().from())) {
            throw new RuleBroken(Rule.MOVE_BEFORE_CURRENT_PLACEMENT, "the move on " + date + " is before the current placement "
                    + inCare.current().placementId() + " began on " + inCare.current().from());
        }
        if (command instanceof CeaseCare && date.isBefore(inCare.current().from())) {
            throw new RuleBroken(Rule.CEASE_BEFORE_LAST_MOVE, "care cannot cease on " + date + ", before the last move on "
                    + inCare.current().from() + " (into placement " + inCare.current().placementId() + ")");
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
        checkWithRecord(history.replacing(original.eventId(), correction), from, original.eventId(), today, limits);
        return new EventCorrected(command.childId(), original.eventId(), correction, command.reason());
    }

    private static EventRetracted retract(RetractEvent command, EffectiveHistory history, LocalDate today, RecordLimits limits) {
        StoredFact original = live(history, command.eventId());
        checkWithRecord(history.without(original.eventId()), original.fact().effectiveDate(), null, today, limits);
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
     * A refusal of the changed fact itself keeps its own rule. A fact elsewhere in the record that the change
     * would break is named with its date and event id, so the recorder knows what stands in the way: for a
     * correction or retraction under {@link Rule#CORRECTION_BREAKS_RECORD}, for a new fact under the rule
     * the other fact would break.
     *
     * @param changedEventId the id the changed fact has in {@code candidate}, or null for a retraction
     */
    private static void checkWithRecord(EffectiveHistory candidate, LocalDate from, String changedEventId,
                                        LocalDate today, RecordLimits limits) {
        try {
            RecordCheck.checkFrom(from, candidate, today, limits);
        } catch (RecordCheck.Refused refused) {
            if (refused.fact.eventId().equals(changedEventId)) throw refused.broken;
            String elsewhere = FactChecks.describe(refused.fact.fact()) + " on " + refused.fact.fact().effectiveDate()
                    + " (event " + refused.fact.eventId() + ") would break the rule " + refused.broken.rule() + ": " + refused.broken.reason();
            if (PROPOSED.equals(changedEventId)) throw new RuleBroken(refused.broken.rule(), "recording this, " + elsewhere, refused.broken);
            throw new RuleBroken(Rule.CORRECTION_BREAKS_RECORD, "with this change, " + elsewhere, refused.broken);
        }
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
