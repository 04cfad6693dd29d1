package org.placementledger.measures;

import org.placementledger.measures.geography.GridReference;

import java.time.LocalDate;

/**
 * The conditions the measures count by, each written once: the live stream, the figures of any date and the
 * alerts all ask them here, so an alert and the measure it belongs to cannot come to mean different things.
 * {@code ConditionsWrittenOnceTest} fails when one of them is written again elsewhere.
 */
public final class Conditions {

    /** DfE's line for distance from home: more than 20 miles, in tenths of a mile as the distances are kept. */
    static final long TWENTY_MILES_IN_TENTHS = 200;
    /** DfE's short-term stability line: 3 or more placements in the period. */
    static final long UNSTABLE_PLACEMENTS = 3;

    private Conditions() {
    }

    /** Whole years since birth, as {@link java.time.Period#between} counts them (a 29 February birthday falls on 1 March). */
    public static int ageOn(LocalDate birth, LocalDate date) {
        int years = date.getYear() - birth.getYear();
        if (date.getMonthValue() < birth.getMonthValue()
                || (date.getMonthValue() == birth.getMonthValue() && date.getDayOfMonth() < birth.getDayOfMonth())) {
            years--;
        }
        return years;
    }

    /** Placed more than 20 miles from home, the distance in tenths of a mile. */
    public static boolean moreThan20Miles(long tenthsOfAMile) {
        return tenthsOfAMile > TWENTY_MILES_IN_TENTHS;
    }

    /** Placed outside the council's own area: the placement's local authority is known and is another one. */
    public static boolean outOfArea(GridReference placed, String councilAreaCode) {
        return placed != null && !placed.localAuthority().isBlank() && !placed.localAuthority().equals(councilAreaCode);
    }

    /** The short-term stability measure's children: 3 or more placements in the period. */
    public static boolean unstable(long placements) {
        return placements >= UNSTABLE_PLACEMENTS;
    }

    /** The flows' children with many moves: 3 or more changes of placement in the period. */
    public static boolean manyMoves(long moves) {
        return moves >= UNSTABLE_PLACEMENTS;
    }
}
