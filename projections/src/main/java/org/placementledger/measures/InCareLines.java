package org.placementledger.measures;

import org.placementledger.events.codes.PlacementProvider;

import java.time.LocalDate;

/**
 * The conditions the measures of children in care put to each child on one as-at date: the stability lines
 * and the groups of spend. The tally counts by them and the drill-down lists by them, so a figure and the
 * children behind it cannot differ.
 */
final class InCareLines {

    private final long end;
    private final long yearStart;
    private final long twoYearsStart;
    private final LocalDate lookedAfterSince;
    private final long sameSinceDay;

    InCareLines(LocalDate asAt) {
        this.end = asAt.toEpochDay();
        this.yearStart = asAt.minusYears(1).plusDays(1).toEpochDay();
        this.twoYearsStart = asAt.minusYears(2).plusDays(1).toEpochDay();
        // DfE's long-term measure: looked after for at least 2.5 years, in calendar months back from the date.
        this.lookedAfterSince = asAt.minusMonths(30);
        this.sameSinceDay = asAt.minusYears(2).toEpochDay();
    }

    /** Short-term stability: 3 or more placements in the 12 months ending on the date. */
    boolean unstableYear(ChildOnDate c) {
        return Conditions.unstable(c.child().placementsBetween(yearStart, end));
    }

    /** The same over the 2 years ending on the date. */
    boolean unstableTwoYears(ChildOnDate c) {
        return Conditions.unstable(c.child().placementsBetween(twoYearsStart, end));
    }

    /** Long-term stability's children: under 16 and looked after for 2.5 years or more. */
    boolean longTermEligible(ChildOnDate c) {
        return c.age() < 16 && !c.period().start().isAfter(lookedAfterSince);
    }

    /**
     * Of those, the ones with the same carer for 2 years, or placed for adoption with the carers the child had
     * lived with, for 2 years together (the adoption rule).
     */
    boolean longTermStable(ChildOnDate c) {
        if (!longTermEligible(c)) return false;
        ChildState state = c.state();
        boolean same = state.carerFromDay() <= sameSinceDay;
        boolean adoptive = c.placement().type().isPlacedForAdoption() && state.previousCarerFromDay() <= sameSinceDay;
        return same || adoptive;
    }

    /** Placements the council provides itself (PR1). */
    static boolean inHouse(ChildOnDate c) {
        return c.placement().provider() == PlacementProvider.PR1;
    }

    /** Placements bought from others (PR2 to PR5): neither the council's own nor without a provider. */
    static boolean external(ChildOnDate c) {
        PlacementProvider provider = c.placement().provider();
        return provider != null && provider != PlacementProvider.PR1 && provider != PlacementProvider.PR0;
    }
}
