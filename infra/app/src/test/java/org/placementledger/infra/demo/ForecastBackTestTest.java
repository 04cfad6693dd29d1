package org.placementledger.infra.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placementledger.events.RecordedEvent;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.measures.ForecastController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast made as it would have been 12 and 24 months before, from only what was known then, on the demo
 * council with every event recorded on the day it speaks of (as a council recording as it goes would have it).
 */
class ForecastBackTestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 31);
    private static ForecastController forecasts;
    private static Map<String, List<RecordedEvent>> byChild;

    @BeforeAll
    static void council() {
        Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
        byChild = ScaleCouncil.build(TODAY, 1, 1, true).eventsByChild();
        TimelineIndex index = ScaleCouncil.index(measures, byChild);
        forecasts = new ForecastController(index, measures, Clock.fixed(TODAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                child -> byChild.getOrDefault(child, List.of()));
    }

    @Test
    void givenTheRecordAsKnownAYearAndTwoYearsAgo_whenTheForecastIsMadeFromIt_thenItsErrorAgainstWhatHappenedIsGivenByCategory() {
        ForecastController.BackTests tests = forecasts.backtest(null, null);
        assertThat(tests.tests()).hasSize(2);
        ForecastController.BackTest year = tests.tests().get(0);
        assertThat(year.madeAt()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(year.points()).hasSize(12);
        assertThat(year.note()).isNull();
        assertThat(year.meanAbsolutePercentageError()).isNotNull();
        assertThat(year.meanAbsolutePercentageErrorByCategory()).containsKey(MeasuresConfig.IN_HOUSE_FOSTERING);
        assertThat(tests.tests().get(1).points()).hasSize(24);
        // A forecast that knew nothing after its day: its first month starts from the children in care then.
        assertThat(year.points().get(0).forecastMedian().longValue()).isPositive();
        System.out.printf("back-test on the demo council: made %s, error %s%% (by category %s), %d of %d months inside the 80%% interval; made %s, error %s%%%n",
                year.madeAt(), year.meanAbsolutePercentageError(), year.meanAbsolutePercentageErrorByCategory(), year.monthsInsideInterval(),
                year.months(), tests.tests().get(1).madeAt(), tests.tests().get(1).meanAbsolutePercentageError());
    }

    @Test
    void givenAForecastFromTodayAsKnownAYearAgo_thenItStartsFromWhatWasKnownThen_andContinuesTheActualLine() {
        ForecastController.Answer now = forecasts.forecast(null, null, "36", null);
        assertThat(now.forecast().months()).hasSize(37);
        assertThat(now.actual()).hasSize(25);
        assertThat(now.actual().get(24).inCare()).isEqualTo(now.forecast().months().get(0).inCare().median().longValue());
        ForecastController.Answer then = forecasts.forecast("2025-01-31", "2025-02-01T00:00:00Z", "12", null);
        assertThat(then.forecast().from()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(then.asKnownAt()).isEqualTo(java.time.Instant.parse("2025-02-01T00:00:00Z"));
    }
}
