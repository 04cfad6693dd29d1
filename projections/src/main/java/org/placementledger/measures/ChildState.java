package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.history.CarePeriod;

/**
 * What a child in care is, through a stretch of days: everything a measure reads except age, worked out
 * once when the timeline changes.
 *
 * @param distanceTenths           tenths of a mile from home to placement, or {@link MeasuredTimeline#NOT_KNOWN}
 * @param carerFromDay             epoch day the current carer spell began (for long-term stability)
 * @param previousCarerFromDay     epoch day the carer spell before it began, Long.MAX_VALUE with none (the adoption rule)
 * @param weeklyPence              the weekly cost in pence, {@link #COST_NOT_KNOWN} when not recorded: the sums over
 *                                 thousands of children read this, not the {@code Money}
 */
record ChildState(MeasuredTimeline.PeriodFacts facts, int spellIndex, Placement placement, LegalStatus legalStatus, String category, Money weeklyCost,
                  long distanceTenths, boolean outOfArea, long carerFromDay, long previousCarerFromDay, long weeklyPence) {

    static final long COST_NOT_KNOWN = -1;

    ChildState(MeasuredTimeline.PeriodFacts facts, int spellIndex, Placement placement, LegalStatus legalStatus, String category, Money weeklyCost,
               long distanceTenths, boolean outOfArea, long carerFromDay, long previousCarerFromDay) {
        this(facts, spellIndex, placement, legalStatus, category, weeklyCost, distanceTenths, outOfArea, carerFromDay, previousCarerFromDay,
                weeklyCost == null ? COST_NOT_KNOWN : weeklyCost.pence());
    }

    CarePeriod period() {
        return facts.period();
    }

    /** Children on a series of short breaks (V3/V4) are left out of every headline measure. */
    boolean headline() {
        return !legalStatus.isShortBreaks();
    }

    /** The weekly cost in pence that counts towards spend: none on short breaks or when not known. */
    long costedPence() {
        return headline() && weeklyPence != COST_NOT_KNOWN ? weeklyPence : 0;
    }

    // Identity of the period (not its contents) is what makes two stretches the same; records compare all fields.
    @Override
    public boolean equals(Object o) {
        return o instanceof ChildState s && s.facts == facts && s.spellIndex == spellIndex && s.legalStatus == legalStatus
                && s.category.equals(category) && java.util.Objects.equals(s.weeklyCost, weeklyCost) && s.distanceTenths == distanceTenths
                && s.outOfArea == outOfArea && s.carerFromDay == carerFromDay && s.previousCarerFromDay == previousCarerFromDay;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(System.identityHashCode(facts), spellIndex, legalStatus, weeklyCost, distanceTenths);
    }
}
