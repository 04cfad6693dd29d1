package org.placementledger.commandside.domain;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildDetailsRecorded;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.Code903;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.CareState;
import org.placementledger.events.history.InCare;
import org.placementledger.events.history.LeftCare;
import org.placementledger.events.history.NeverInCare;
import org.placementledger.events.history.PlacementSpell;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The rules one fact must keep, given where the record stood on the fact's effective date. The same
 * checks serve a new command and the re-check of a whole record after a correction.
 * <p>
 * {@code placementsBefore} holds the id of every placement the record started before this fact, in any
 * period of care, with the date it was first used: what a placement id must not repeat.
 */
final class FactChecks {

    private FactChecks() {
    }

    static void check(CareState state, Map<String, LocalDate> placementsBefore, CareFact fact, LocalDate today, RecordLimits limits) {
        LocalDate date = fact.effectiveDate();
        if (date.isAfter(today)) {
            throw new RuleBroken(Rule.DATE_IN_FUTURE, describe(fact) + " is dated " + date + ", after today (" + today + ")");
        }
        if (fact instanceof CareStarted started) checkStart(state, placementsBefore, started, limits);
        else if (fact instanceof PlacementChanged changed) checkMove(state, placementsBefore, changed, limits);
        else if (fact instanceof PlacementCostChanged cost) checkCost(state, cost, limits);
        else if (fact instanceof LegalStatusChanged status) {
            inCare(state, fact);
            validCode(status.legalStatus(), date, "legal status");
        } else if (fact instanceof HomePostcodeChanged home) {
            if (state instanceof NeverInCare) {
                throw new RuleBroken(Rule.NOT_IN_CARE, "no period of care is recorded for child " + fact.childId() + ", so there is no home postcode to change");
            }
            wellFormed(home.homePostcode(), "home postcode", limits);
        } else if (fact instanceof CareCeased ceased) checkCease(state, ceased);
    }

    private static void checkStart(CareState state, Map<String, LocalDate> placementsBefore, CareStarted started, RecordLimits limits) {
        LocalDate date = started.effectiveDate();
        if (state instanceof InCare inCare) {
            throw new RuleBroken(Rule.ALREADY_IN_CARE, "care starting on " + date + " falls within child " + started.childId()
                    + "'s period of care that began on " + inCare.periodStart() + "; a new period can start only after that one ends");
        }
        if (state instanceof LeftCare left && date.isBefore(left.ceasedOn())) {
            throw new RuleBroken(Rule.ALREADY_IN_CARE, "care starting on " + date + " would overlap the period of care that ended on " + left.ceasedOn());
        }
        if (date.isBefore(started.dateOfBirth())) {
            throw new RuleBroken(Rule.CARE_BEFORE_BIRTH, "care starting on " + date + " is before the child's date of birth, " + started.dateOfBirth());
        }
        validCode(started.sex(), date, "sex");
        validCode(started.legalStatus(), date, "legal status");
        validCode(started.categoryOfNeed(), date, "category of need");
        wellFormed(started.homePostcode(), "home postcode", limits);
        checkPlacement(started.placement(), date, limits);
        ownId(state, placementsBefore, started.placement());
    }

    private static void checkMove(CareState state, Map<String, LocalDate> placementsBefore, PlacementChanged move, RecordLimits limits) {
        InCare inCare = inCare(state, move);
        LocalDate date = move.effectiveDate();
        PlacementSpell current = inCare.current();
        if (date.isBefore(current.from())) {
            throw new RuleBroken(Rule.MOVE_BEFORE_CURRENT_PLACEMENT, "the move on " + date
                    + " is before the current placement " + current.placementId() + " began on " + current.from());
        }
        if (current.placement().isTemporary() && move.placement().isTemporary()) {
            throw new RuleBroken(Rule.TEMPORARY_MUST_RETURN_OR_MOVE_ON, "the child is in temporary placement "
                    + current.placementId() + " (" + current.placement().type().code() + ") since " + current.from()
                    + "; the next move returns to the placement before it or is to a placement that is not temporary, not "
                    + move.placement().type().code());
        }
        validCode(move.reason(), date, "reason for the placement change");
        checkPlacement(move.placement(), date, limits);
        ownId(state, placementsBefore, move.placement());
    }

    /**
     * A cost change names its placement by id, so two placements of one child never share one. The exception
     * is the return from a temporary placement to the placement before it, which keeps that placement's id
     * so that the return can be told from a move.
     */
    private static void ownId(CareState state, Map<String, LocalDate> placementsBefore, Placement placement) {
        LocalDate firstUsed = placementsBefore.get(placement.id());
        if (firstUsed == null) return;
        boolean returnFromTemporary = state instanceof InCare inCare && !placement.isTemporary()
                && inCare.beforeTemporary().map(before -> before.placementId().equals(placement.id())).orElse(false);
        if (!returnFromTemporary) {
            throw new RuleBroken(Rule.DUPLICATE_PLACEMENT_ID, "the placement id " + placement.id()
                    + " already names the child's placement from " + firstUsed
                    + "; only the return to the placement before a temporary one keeps its id");
        }
    }

    private static void checkCost(CareState state, PlacementCostChanged cost, RecordLimits limits) {
        InCare inCare = inCare(state, cost);
        LocalDate date = cost.effectiveDate();
        PlacementSpell spell = inCare.spell(cost.placementId()).orElseThrow(() -> new RuleBroken(Rule.COST_OUTSIDE_PLACEMENT,
                "a cost from " + date + " names placement " + cost.placementId() + ", but on that day child " + cost.childId()
                        + " had no such placement in the period of care that began on " + inCare.periodStart()));
        Optional<LocalDate> end = inCare.endOf(spell);
        if (date.isBefore(spell.from()) || end.map(e -> !date.isBefore(e)).orElse(false)) {
            throw new RuleBroken(Rule.COST_OUTSIDE_PLACEMENT, "a cost from " + date + " is outside placement " + cost.placementId()
                    + ", which ran from " + spell.from() + end.map(e -> " until the move on " + e).orElse(" and is current"));
        }
        inRange(cost.weeklyCost(), limits, "weekly cost");
    }

    private static void checkCease(CareState state, CareCeased ceased) {
        InCare inCare = inCare(state, ceased);
        if (!ceased.reason().endsCare()) {
            throw new RuleBroken(Rule.CEASE_REASON_CONTINUES_CARE, "X1 means an episode ends and another begins the same day: it cannot end care; record the change instead");
        }
        if (ceased.effectiveDate().isBefore(inCare.current().from())) {
            throw new RuleBroken(Rule.CEASE_BEFORE_LAST_MOVE, "care cannot cease on " + ceased.effectiveDate()
                    + ", before the last move on " + inCare.current().from());
        }
        validCode(ceased.reason(), ceased.effectiveDate(), "reason care ceased");
    }

    private static void checkPlacement(Placement placement, LocalDate date, RecordLimits limits) {
        validCode(placement.type(), date, "placement type");
        if (placement.isTemporary() && placement.provider() != null) {
            throw new RuleBroken(Rule.PROVIDER_FOR_TEMPORARY, "a temporary placement (" + placement.type().code()
                    + ") has no provider, but " + placement.provider().code() + " was given");
        }
        if (!placement.isTemporary() && placement.provider() == null) {
            throw new RuleBroken(Rule.PROVIDER_FOR_TEMPORARY, "a " + placement.type().code() + " placement needs its provider (PR0-PR5)");
        }
        if (placement.provider() != null) validCode(placement.provider(), date, "provider");
        wellFormed(placement.postcode(), "placement postcode", limits);
        inRange(placement.weeklyCost(), limits, "weekly cost");
    }

    private static InCare inCare(CareState state, CareFact fact) {
        if (state instanceof InCare inCare) return inCare;
        String where = state instanceof LeftCare left ? "left care on " + left.ceasedOn() : "has never been in care";
        throw new RuleBroken(Rule.NOT_IN_CARE, describe(fact) + " on " + fact.effectiveDate() + " needs the child in care, but child "
                + fact.childId() + " " + where);
    }

    private static void validCode(Code903 code, LocalDate date, String what) {
        if (code != null && !code.validOn(date)) {
            throw new RuleBroken(Rule.CODE_NOT_VALID_FOR_YEAR, "the " + what + " code " + code.code() + " is not valid in "
                    + ReportingYear.containing(date) + " (valid " + code.validity().describe() + ")");
        }
    }

    private static void wellFormed(Postcode postcode, String what, RecordLimits limits) {
        if (limits.postcodesAsWritten()) return;
        if (postcode != null && !postcode.isWellFormed()) {
            throw new RuleBroken(Rule.POSTCODE_MALFORMED, "the " + what + " '" + postcode.value() + "' is not a well-formed UK postcode");
        }
    }

    private static void inRange(Money weeklyCost, RecordLimits limits, String what) {
        if (weeklyCost == null) return;
        if (weeklyCost.isNegative()) {
            throw new RuleBroken(Rule.COST_OUT_OF_RANGE, "the " + what + " " + weeklyCost + " is negative");
        }
        if (weeklyCost.compareTo(limits.weeklyCostCeiling()) >= 0) {
            throw new RuleBroken(Rule.COST_OUT_OF_RANGE, "the " + what + " " + weeklyCost + " is at or above the ceiling of "
                    + limits.weeklyCostCeiling() + " a week; check the figure");
        }
    }

    static String describe(CareFact fact) {
        if (fact instanceof CareStarted) return "the start of care";
        if (fact instanceof PlacementChanged) return "the move";
        if (fact instanceof PlacementCostChanged) return "the cost change";
        if (fact instanceof LegalStatusChanged) return "the legal status change";
        if (fact instanceof HomePostcodeChanged) return "the home postcode change";
        if (fact instanceof ChildDetailsRecorded) return "the child's details";
        if (fact instanceof org.placementledger.events.ReturnRowsRecorded r) return "the " + r.file() + " rows";
        return "the end of care";
    }
}
