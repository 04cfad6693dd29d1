package org.placementledger.events.history;

import org.placementledger.events.Money;
import org.placementledger.events.Placement;

import java.time.LocalDate;
import java.util.List;

/**
 * A stretch of time in one placement within a period of care.
 *
 * @param from     the first day
 * @param until    the day after the last day (the next move or the end of care), or null while it lasts
 * @param newCarer whether this spell starts a new placement for the stability measures: a start of care or
 *                 a move to a new carer; not a temporary placement, not the return from one, not a change
 *                 of placement with the same carer
 * @param costs    weekly costs in date order, the first from the spell's first day
 */
public record Spell(Placement placement, LocalDate from, LocalDate until, boolean newCarer, List<Dated<Money>> costs) {

    public Spell {
        costs = List.copyOf(costs);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    /** Whether any day of the spell falls in [start, end]. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !from.isAfter(end) && (until == null || until.isAfter(start));
    }

    /** The weekly cost on a date, or null when not known. */
    public Money weeklyCostOn(LocalDate date) {
        Money cost = null;
        for (Dated<Money> c : costs) {
            if (!c.from().isAfter(date)) cost = c.value();
        }
        return cost;
    }
}
