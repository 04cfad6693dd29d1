package org.placementledger.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Every measure at an as-at date. Money is in pounds; a percentage has one decimal place and is null
 * when there is nothing to take a share of. Children on a series of short breaks (LS V3/V4) are in
 * {@code shortBreaks} only.
 *
 * @param flows the flows over a period, when one was asked for
 */
public record MeasuresReport(
        LocalDate asAt,
        long inCare,
        long shortBreaks,
        List<CategoryFigures> byCategory,
        SortedMap<String, Long> byPlacementType,
        SortedMap<String, Long> byProvider,
        List<AgeBandFigures> byAgeBand,
        SortedMap<String, Long> byLegalStatus,
        List<CategoryAgeFigures> byCategoryAndAgeBand,
        List<CostBandFigures> residentialCostBands,
        Spend spend,
        ShortTermStability shortTermStability,
        ShortTermStability shortTermStabilityTwoYears,
        LongTermStability longTermStability,
        Distance distance,
        InHouseFostering inHouseFostering,
        Flows flows) {

    /** @param costNotKnown children in the category whose weekly cost is not recorded, left out of the total and average */
    public record CategoryFigures(String category, long children, BigDecimal weeklyCostTotal, BigDecimal weeklyCostAverage, long costNotKnown) {
    }

    public record AgeBandFigures(String ageBand, long children) {
    }

    public record CategoryAgeFigures(String category, String ageBand, long children, BigDecimal weeklyCostTotal, BigDecimal weeklyCostAverage) {
    }

    public record CostBandFigures(String band, long children) {
    }

    /**
     * @param inHouseWeekly     placements provided by the council itself (PR1)
     * @param externalWeekly    placements bought from others (PR2-PR5)
     * @param yearToDate        cost incurred from 1 April to the as-at date, each placement-day at its weekly cost / 7
     * @param forecastToYearEnd cost still to come to 31 March if the placements active at the as-at date carry on
     * @param forecastFullYear  year to date plus that forecast
     */
    public record Spend(BigDecimal weeklyTotal, BigDecimal inHouseWeekly, BigDecimal externalWeekly, BigDecimal yearToDate,
                        BigDecimal forecastToYearEnd, BigDecimal forecastFullYear, long costNotKnown) {
    }

    /** Of the children in care, those with three or more placements in the 12 months (or 2 years) ending on the as-at date. */
    public record ShortTermStability(long children, long threeOrMorePlacements, BigDecimal percent) {
    }

    /** Of the children in care under 16 and looked after for 2.5 years, those in the same placement for 2 years. */
    public record LongTermStability(long eligible, long samePlacementTwoYears, BigDecimal percent) {
    }

    /** Straight-line distance between home and placement postcodes; {@code percentOver20} is of those known. */
    public record Distance(long over20Miles, long twentyOrLess, long notKnown, BigDecimal percentOver20,
                           BigDecimal meanMiles, BigDecimal medianMiles, long outOfArea) {
    }

    /** In-house fostering against the fostering it is weighed against, and the council's target, as percentages. */
    public record InHouseFostering(long inHouse, long external, BigDecimal percentInHouse, BigDecimal targetPercent) {
    }

    /** What happened over a period, both ends included. */
    public record Flows(LocalDate from, LocalDate to, long started, SortedMap<String, Long> startedByAgeBand,
                        SortedMap<String, Long> startedByLegalStatus, long ceased, SortedMap<String, Long> ceasedByReasonGroup,
                        long ceasedWithin12MonthsOfStarting, long moves, long childrenWithThreeOrMoreMoves, BigDecimal costIncurred,
                        NewPlacements newPlacements) {
    }

    /**
     * The placements begun in a period (a start of care or a move to a new carer, as the stability measures count
     * placements; a child is counted once for each) by distance from the home held on the day each began, as DfE's
     * "location of new placements during the year". {@code percentOver20} is of all of them, not known included, as
     * DfE's is.
     */
    public record NewPlacements(long placements, long over20Miles, long twentyOrLess, long notKnown, BigDecimal percentOver20) {
    }
}
