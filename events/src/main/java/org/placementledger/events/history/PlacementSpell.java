package org.placementledger.events.history;

import org.placementledger.events.Money;
import org.placementledger.events.Placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of time in one placement, from the move into it until the next move.
 *
 * @param placement    the placement as recorded when the child moved in
 * @param from         the date of the move in
 * @param carerChanged whether the move in changed carer (903 RNE P) rather than only the placement's terms (T)
 * @param costs        the weekly costs over the spell in date order, the first from the move in
 */
public record PlacementSpell(Placement placement, LocalDate from, boolean carerChanged, List<DatedCost> costs) {

    public PlacementSpell {
        costs = List.copyOf(costs);
    }

    public static PlacementSpell startingWith(Placement placement, LocalDate from, boolean carerChanged) {
        return new PlacementSpell(placement, from, carerChanged, List.of(new DatedCost(from, placement.weeklyCost())));
    }

    public String placementId() {
        return placement.id();
    }

    /** The weekly cost on a date within the spell, or null when not known. */
    public Money weeklyCostOn(LocalDate date) {
        Money cost = null;
        for (DatedCost c : costs) {
            if (!c.from().isAfter(date)) cost = c.weeklyCost();
        }
        return cost;
    }

    public Money currentWeeklyCost() {
        return costs.get(costs.size() - 1).weeklyCost();
    }

    public PlacementSpell withCostFrom(LocalDate date, Money weeklyCost) {
        List<DatedCost> next = new ArrayList<>(costs);
        next.removeIf(c -> c.from().equals(date));
        next.add(new DatedCost(date, weeklyCost));
        next.sort(Comparator.comparing(DatedCost::from));
        return new PlacementSpell(placement, from, carerChanged, next);
    }
}
