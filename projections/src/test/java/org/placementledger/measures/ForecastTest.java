package org.placementledger.measures;

import org.junit.jupiter.api.Test;
import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.Sex;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.measures.geography.PostcodeGrid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The forecast on generated councils whose future is known: what it says against what happens. */
class ForecastTest {

    private static final Measures MEASURES = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
    private static final LocalDate FROM = LocalDate.of(2024, 1, 31);
    private static final Placement FOSTERING = new Placement("P1", PlacementType.U6, PlacementProvider.PR4, "SC484322",
            Postcode.of("TQ2 5QE"), Money.of("950.00"), false);

    /**
     * A council whose children enter at {@code perMonth} a month (at {@code later} a month from {@code changeAt}), aged
     * 0 to 15, and stay a time drawn from an exponential distribution of mean 24 months.
     */
    private static List<MeasuredTimeline> council(long seed, double perMonth, double later, LocalDate changeAt) {
        Random random = new Random(seed);
        List<MeasuredTimeline> out = new ArrayList<>();
        int n = 0;
        for (LocalDate month = LocalDate.of(2017, 1, 1); month.isBefore(LocalDate.of(2026, 6, 1)); month = month.plusMonths(1)) {
            double rate = month.isBefore(changeAt) ? perMonth : later;
            int entering = Draws.poisson(rate, random);
            for (int i = 0; i < entering; i++) {
                String id = "G" + (n++);
                LocalDate start = month.plusDays(random.nextInt(28));
                LocalDate birth = start.minusDays(random.nextInt(16 * 365));
                CareStarted started = new CareStarted(id, start, birth, Sex.F, Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1, FOSTERING);
                EffectiveHistory history = EffectiveHistory.empty().with(id + "-0", 0, started);
                LocalDate end = start.plusDays((long) (-Math.log(1 - random.nextDouble()) * 24 * 30.4));
                LocalDate eighteen = birth.plusYears(18);
                if (eighteen.isBefore(end)) end = eighteen;
                if (end.isBefore(LocalDate.of(2026, 6, 1))) {
                    history = history.with(id + "-1", 1, new CareCeased(id, end.isAfter(start) ? end : start.plusDays(1), ReasonEpisodeCeased.E4A));
                }
                out.add(MEASURES.prepare(CareTimeline.of(id, history)));
            }
        }
        return out;
    }

    @Test
    void givenAStableCouncil_whenForecastTwoYearsAhead_thenWhatHappenedStaysWithinTheInterval() {
        List<MeasuredTimeline> council = council(11, 8, 8, LocalDate.MAX);
        ForecastReport forecast = MEASURES.forecast(council, FROM, 24, 24, 300, 1);
        int inside = 0;
        for (ForecastReport.Month month : forecast.months()) {
            long actual = MEASURES.over(month.asAt(), council, null, null).inCare();
            if (actual >= month.inCare().low().longValue() && actual <= month.inCare().high().longValue()) inside++;
        }
        ForecastReport.Month last = forecast.months().get(24);
        long actualAtEnd = MEASURES.over(last.asAt(), council, null, null).inCare();
        assertThat(forecast.months()).hasSize(25);
        assertThat(forecast.months().get(0).inCare().median().longValue()).isEqualTo(MEASURES.over(FROM, council, null, null).inCare());
        // An 80% interval holds most months; the 95% one holds the end.
        assertThat(inside).as("months of 25 within the 10th to 90th percentile").isGreaterThanOrEqualTo(18);
        assertThat(actualAtEnd).isBetween(last.inCare().lowest().longValue(), last.inCare().highest().longValue());
        assertThat(Math.abs(last.inCare().median().longValue() - actualAtEnd)).as("the median's miss after two years").isLessThan(actualAtEnd / 5);
        assertThat(forecast.rates().entriesPerMonth().values().stream().mapToDouble(java.math.BigDecimal::doubleValue).sum()).isBetween(6.0, 10.0);
    }

    @Test
    void givenACouncilWhoseEntriesDoubled_whenForecast_thenItIsSeenToGrow() {
        List<MeasuredTimeline> council = council(12, 8, 16, LocalDate.of(2023, 1, 1));
        ForecastReport forecast = MEASURES.forecast(council, FROM, 12, 36, 300, 1);
        long now = forecast.months().get(0).inCare().median().longValue();
        ForecastReport.Month in3Years = forecast.months().get(36);
        assertThat(in3Years.inCare().median().longValue()).as("children in care in three years, from " + now).isGreaterThan(now * 115 / 100);
        assertThat(in3Years.inCare().low().longValue()).isGreaterThan(now);
        assertThat(in3Years.weeklySpend().median()).isGreaterThan(forecast.months().get(0).weeklySpend().median());
        assertThat(in3Years.medianByCategory()).containsKey(MeasuresConfig.IFA_FOSTERING);
    }

    @Test
    void givenTheSameSeed_thenTheSameForecast() {
        List<MeasuredTimeline> council = council(13, 5, 5, LocalDate.MAX);
        assertThat(MEASURES.forecast(council, FROM, 24, 12, 100, 7)).isEqualTo(MEASURES.forecast(council, FROM, 24, 12, 100, 7));
    }
}
