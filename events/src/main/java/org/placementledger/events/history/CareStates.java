package org.placementledger.events.history;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;

import java.util.ArrayList;
import java.util.List;

/**
 * The one fold of a child's facts into where the record stands. Used by the rules before a new event
 * is accepted and by the projections after it is stored, so both read a record the same way.
 * <p>
 * Lenient by design: a fact that does not fit the state (which the rules never let in, but which an
 * imported or older record might hold) leaves the state as it was, because a projection must never stop
 * on a stored event.
 */
public final class CareStates {

    private CareStates() {
    }

    /** Where the record stands after all its facts, taken in the order they happened. */
    public static CareState of(EffectiveHistory history) {
        CareState state = new NeverInCare();
        for (StoredFact fact : history.inEffectiveOrder()) {
            state = evolve(state, fact.fact());
        }
        return state;
    }

    public static CareState evolve(CareState state, CareFact fact) {
        if (fact instanceof CareStarted started) {
            if (state instanceof InCare) return state;
            ChildDetails child = new ChildDetails(started.dateOfBirth(), started.sex(), started.homePostcode());
            return new InCare(child, started.effectiveDate(), started.legalStatus(), started.categoryOfNeed(),
                    List.of(PlacementSpell.startingWith(started.placement(), started.effectiveDate(), true)));
        }
        if (fact instanceof HomePostcodeChanged changed) {
            if (state instanceof InCare inCare) {
                return new InCare(inCare.child().withHomePostcode(changed.homePostcode()), inCare.periodStart(),
                        inCare.legalStatus(), inCare.categoryOfNeed(), inCare.spells());
            }
            if (state instanceof LeftCare left) {
                return new LeftCare(left.child().withHomePostcode(changed.homePostcode()), left.lastPeriod(), left.ceasedOn(), left.reason());
            }
            return state;
        }
        if (!(state instanceof InCare inCare)) return state;
        if (fact instanceof PlacementChanged changed) {
            List<PlacementSpell> spells = new ArrayList<>(inCare.spells());
            spells.add(PlacementSpell.startingWith(changed.placement(), changed.effectiveDate(), changed.carerChanged()));
            return new InCare(inCare.child(), inCare.periodStart(), inCare.legalStatus(), inCare.categoryOfNeed(), spells);
        }
        if (fact instanceof PlacementCostChanged costChanged) {
            List<PlacementSpell> spells = new ArrayList<>(inCare.spells());
            for (int i = spells.size() - 1; i >= 0; i--) {
                if (spells.get(i).placementId().equals(costChanged.placementId())) {
                    spells.set(i, spells.get(i).withCostFrom(costChanged.effectiveDate(), costChanged.weeklyCost()));
                    break;
                }
            }
            return new InCare(inCare.child(), inCare.periodStart(), inCare.legalStatus(), inCare.categoryOfNeed(), spells);
        }
        if (fact instanceof LegalStatusChanged changed) {
            return new InCare(inCare.child(), inCare.periodStart(), changed.legalStatus(), inCare.categoryOfNeed(), inCare.spells());
        }
        if (fact instanceof CareCeased ceased) {
            return new LeftCare(inCare.child(), inCare, ceased.effectiveDate(), ceased.reason());
        }
        return state;
    }
}
