package org.placementledger.commandside.domain;

import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.history.CareState;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.InCare;
import org.placementledger.events.history.PlacementSpell;

import java.util.Optional;

/**
 * Gives a new placement its id. Ids are P1, P2, ... in the order the child's placements were recorded,
 * never reused; a return from a temporary placement to the place before it keeps that placement's id, so
 * the return can be told from a move.
 */
final class PlacementIds {

    private PlacementIds() {
    }

    static Placement assign(NewPlacement requested, CareState state, EffectiveHistory history) {
        Optional<PlacementSpell> returningTo = state instanceof InCare inCare ? inCare.beforeTemporary() : Optional.empty();
        Placement asGiven = new Placement(requested.id() == null ? "" : requested.id(), requested.type(), requested.provider(),
                requested.urn(), requested.postcode(), requested.weeklyCost(), requested.parentAndChild());
        if (returningTo.isPresent() && !requested.type().isTemporary()) {
            PlacementSpell before = returningTo.get();
            boolean namedReturn = before.placementId().equals(requested.id());
            boolean samePlace = requested.id() == null && before.placement().samePlaceAs(asGiven);
            if (namedReturn || samePlace) {
                Money cost = requested.weeklyCost() != null ? requested.weeklyCost() : before.currentWeeklyCost();
                return asGiven.withId(before.placementId()).withWeeklyCost(cost);
            }
        }
        if (requested.id() != null) {
            if (history.placementIdsEverUsed().contains(requested.id())) {
                throw new RuleBroken(Rule.DUPLICATE_PLACEMENT_ID, "child already has a placement " + requested.id()
                        + "; give a new id, or leave it out and one will be given");
            }
            return asGiven;
        }
        int n = history.placementIdsEverUsed().size() + 1;
        while (history.placementIdsEverUsed().contains("P" + n)) n++;
        return asGiven.withId("P" + n);
    }
}
