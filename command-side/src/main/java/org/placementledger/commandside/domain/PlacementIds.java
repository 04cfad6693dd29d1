package org.placementledger.commandside.domain;

import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.history.CareState;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.InCare;
import org.placementledger.events.history.PlacementSpell;

import java.util.Optional;
import java.util.Set;

/**
 * Gives a new placement its id. Ids are P1, P2, ... in the order the child's placements were recorded,
 * never reused, not even one a retracted event used, so an id read in an old report never comes to mean
 * another placement. A return from a temporary placement to the place before it keeps that placement's id,
 * so the return can be told from a move.
 */
final class PlacementIds {

    private PlacementIds() {
    }

    static Placement assign(NewPlacement requested, CareState state, EffectiveHistory history) {
        String givenId = requested.id() == null || requested.id().isBlank() ? null : requested.id().trim();
        Placement asGiven = new Placement(givenId == null ? "" : givenId, requested.type(), requested.provider(),
                requested.urn(), requested.postcode(), requested.weeklyCost(), requested.parentAndChild());
        Optional<PlacementSpell> returningTo = state instanceof InCare inCare ? inCare.beforeTemporary() : Optional.empty();
        if (returningTo.isPresent() && !requested.type().isTemporary()) {
            PlacementSpell before = returningTo.get();
            boolean namedReturn = before.placementId().equals(givenId);
            boolean samePlace = givenId == null && before.placement().samePlaceAs(asGiven);
            if (namedReturn || samePlace) {
                // A return with no cost given goes back to what the placement cost when the child left it.
                Money cost = requested.weeklyCost() != null ? requested.weeklyCost() : before.currentWeeklyCost();
                return asGiven.withId(before.placementId()).withWeeklyCost(cost);
            }
        }
        Set<String> used = history.placementIdsEverUsed();
        if (givenId != null) {
            if (used.contains(givenId)) {
                throw new RuleBroken(Rule.DUPLICATE_PLACEMENT_ID, "the child has already had a placement with the id "
                        + givenId + "; give a new id, or leave it out and one will be given");
            }
            return asGiven;
        }
        // Counting the ids used, then stepping past any a recorder chose, gives the next free number.
        int n = used.size() + 1;
        while (used.contains("P" + n)) n++;
        return asGiven.withId("P" + n);
    }
}
