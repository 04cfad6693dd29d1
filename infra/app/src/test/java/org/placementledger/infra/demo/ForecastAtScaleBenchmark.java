package org.placementledger.infra.demo;

import org.junit.jupiter.api.Tag;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The forecast and the back-test at the size the goals name: a council of about 1,000 children in care (the demo
 * council at three times Torbay's size, every event recorded on its day), a forecast over 36 months of 500 runs, and
 * a back-test of two dates, through the forecast API's own code. Prints figures. Run:
 * {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=ForecastAtScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.scale=3} by default).
 */
@Tag("benchmark")
class ForecastAtScaleBenchmark {

    @Test
    void printForecastFigures() {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "3"));
        LocalDate today = LocalDate.of(2026, 1, 31);
        Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
        Map<String, List<RecordedEvent>> byChild = ScaleCouncil.build(today, scale, 1, true).eventsByChild();
        TimelineIndex index = ScaleCouncil.index(measures, byChild);
        ForecastController forecasts = new ForecastController(index, measures, Clock.fixed(today.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                child -> byChild.getOrDefault(child, List.of()));
        long inCare = measures.over(today, index.children(), null, null).inCare();
        System.out.printf("%nForecast at scale: %,d children in the record, %,d in care at %s%n", index.size(), inCare, today);
        List<Double> forecast = new ArrayList<>();
        List<Double> backtest = new ArrayList<>();
        ForecastController.Answer last = null;
        ForecastController.BackTests tests = null;
        for (int i = 0; i < 7; i++) {
            long s = System.nanoTime();
            last = forecasts.forecast(null, null, "36", null);
            if (i >= 2) forecast.add((System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            tests = forecasts.backtest(null, null);
            if (i >= 2) backtest.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(forecast);
        Collections.sort(backtest);
        System.out.printf("forecast over 36 months, %d runs (warm, 5 times): median %.0f ms, max %.0f ms; in 36 months: %s children (80%% interval %s to %s)%n",
                last.forecast().runs(), forecast.get(2), forecast.get(4), last.forecast().months().get(36).inCare().median(),
                last.forecast().months().get(36).inCare().low(), last.forecast().months().get(36).inCare().high());
        System.out.printf("back-test of two dates, 12 and 24 months before (warm, 5 times): median %.0f ms, max %.0f ms; errors %s%% and %s%%%n",
                backtest.get(2), backtest.get(4), tests.tests().get(0).meanAbsolutePercentageError(), tests.tests().get(1).meanAbsolutePercentageError());
    }
}
