package org.placementledger.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Children in care and weekly spend projected month by month from a date, with the spread of the simulation: the
 * percentiles of many runs of the rates the record showed in the months before it (an 80% and a 95% interval).
 *
 * @param from            the date the forecast starts from (month 0: the children in care then, as the record was known)
 * @param fittedFrom      the first month end whose changes the rates were counted from
 * @param runs            how many simulated futures the percentiles are of
 * @param rates           the rates the simulation draws from, as counted
 * @param months          month 0 (the date itself) and every month end after it
 */
public record ForecastReport(LocalDate from, LocalDate fittedFrom, int runs, Rates rates, List<Month> months) {

    /** One month end: the total's percentiles, each category's median, and weekly spend's percentiles. */
    public record Month(LocalDate asAt, Band inCare, SortedMap<String, Long> medianByCategory, Band weeklySpend) {
    }

    /** The 10th, 50th and 90th percentiles of the runs, and the 2.5th and 97.5th: the fan's inner and outer bands. */
    public record Band(BigDecimal low, BigDecimal median, BigDecimal high, BigDecimal lowest, BigDecimal highest) {
    }

    /**
     * @param entriesPerMonth      children starting care a month, by age band at the month end after they started
     * @param ceasingPerMonth      the share of children in care who leave in a month, by age band and time in care
     * @param childMonths          the months in care those shares are of, by age band and time in care
     * @param moves                of the children in a category at one month end, those in each category at the next
     * @param weeklyCostByCategory the mean weekly cost a category's child is counted at
     */
    public record Rates(SortedMap<String, BigDecimal> entriesPerMonth, SortedMap<String, BigDecimal> ceasingPerMonth,
                        SortedMap<String, Long> childMonths, SortedMap<String, SortedMap<String, Long>> moves,
                        SortedMap<String, BigDecimal> weeklyCostByCategory) {
    }
}
