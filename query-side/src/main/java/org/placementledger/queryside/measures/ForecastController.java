package org.placementledger.queryside.measures;

import org.placementledger.measures.ForecastReport;
import org.placementledger.measures.MeasuredTimeline;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.history.ChildEventLog;
import org.placementledger.queryside.web.InvalidQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The forecast of children in care and weekly spend, and how well it would have done: {@code GET
 * /api/measures/forecast} projects from a date (today by default) as the record was known then; {@code GET
 * /api/measures/forecast/backtest} makes the forecast as it would have been made 12 and 24 months before, from only
 * what was known then, and sets it against what happened.
 */
@RestController
public class ForecastController {

    private static final long SEED = 20_261_207L;
    private static final int RUNS = 500;

    /** What the record says happened at a month end: the children in care, and in each category. */
    public record Actual(LocalDate asAt, long inCare, BigDecimal weeklySpend) {
    }

    /** @param actual the month ends of the look-back before the forecast starts: the line the fan continues */
    public record Answer(Instant asKnownAt, int lookBackMonths, List<Actual> actual, ForecastReport forecast) {
    }

    /** One month of a back-test: what the forecast said and what happened. */
    public record Point(LocalDate asAt, BigDecimal forecastMedian, BigDecimal low, BigDecimal high, long actual) {
    }

    /**
     * A forecast made at {@code madeAt} from the record as known at {@code knownAt}, against what the record now says.
     *
     * @param meanAbsolutePercentageError      over the months after {@code madeAt}: children in care in all
     * @param meanAbsolutePercentageErrorByCategory the same, category by category (months with none in care left out)
     * @param monthsInsideInterval             months whose children in care fell within the forecast's 80% interval
     */
    public record BackTest(LocalDate madeAt, Instant knownAt, int months, BigDecimal meanAbsolutePercentageError,
                           SortedMap<String, BigDecimal> meanAbsolutePercentageErrorByCategory, int monthsInsideInterval, List<Point> points,
                           String note) {
    }

    public record BackTests(LocalDate to, int lookBackMonths, List<BackTest> tests, String note) {
    }

    private final TimelineIndex timelines;
    private final Measures measures;
    private final Clock clock;
    private final ChildEventLog record;

    public ForecastController(TimelineIndex timelines, Measures measures, Clock clock, ChildEventLog record) {
        this.timelines = timelines;
        this.measures = measures;
        this.clock = clock;
        this.record = record;
    }

    @GetMapping("/api/measures/forecast")
    public Answer forecast(@RequestParam(required = false) String from, @RequestParam(required = false) String asKnownAt,
                           @RequestParam(required = false) String months, @RequestParam(required = false) String lookBack) {
        FigureQuery query = FigureQuery.read(from, null, null, asKnownAt, clock);
        int horizon = whole("months", months, 36, 1, 36);
        int back = whole("lookBack", lookBack, 24, 3, 60);
        Collection<MeasuredTimeline> children = query.children(timelines, record);
        ForecastReport forecast = measures.forecast(children, query.asAt(), back, horizon, RUNS, SEED);
        List<Actual> actual = new ArrayList<>();
        for (int m = back; m >= 1; m--) {
            LocalDate at = monthEnd(query.asAt().minusMonths(m));
            MeasuresReport report = measures.over(at, children, null, null);
            actual.add(new Actual(at, report.inCare(), report.spend().weeklyTotal()));
        }
        MeasuresReport now = measures.over(query.asAt(), children, null, null);
        actual.add(new Actual(query.asAt(), now.inCare(), now.spend().weeklyTotal()));
        return new Answer(query.knownAt(), back, List.copyOf(actual), forecast);
    }

    @GetMapping("/api/measures/forecast/backtest")
    public BackTests backtest(@RequestParam(required = false) String to, @RequestParam(required = false) String lookBack) {
        LocalDate end = FigureQuery.read(to, null, null, null, clock).asAt();
        int back = whole("lookBack", lookBack, 24, 3, 60);
        Collection<MeasuredTimeline> now = timelines.children();
        List<BackTest> tests = new ArrayList<>();
        for (int monthsBefore : new int[]{12, 24}) {
            LocalDate madeAt = monthEnd(end.minusMonths(monthsBefore));
            // Only what was known at the end of that day, in the council's zone.
            Instant knownAt = madeAt.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            Collection<MeasuredTimeline> then = timelines.childrenAsKnownAt(knownAt, madeAt, record::events);
            ForecastReport forecast = measures.forecast(then, madeAt, back, monthsBefore, RUNS, SEED);
            tests.add(compare(madeAt, knownAt, forecast, now, then.isEmpty()
                    ? "the record held nothing as known then (it was recorded, or loaded, after that day): a forecast from nothing" : null));
        }
        return new BackTests(end, back, List.copyOf(tests),
                "each forecast made from the record as known at the end of its day; what happened is the record as it stands now");
    }

    private BackTest compare(LocalDate madeAt, Instant knownAt, ForecastReport forecast, Collection<MeasuredTimeline> now, String note) {
        List<Point> points = new ArrayList<>();
        double totalError = 0;
        int totalMonths = 0;
        int inside = 0;
        SortedMap<String, double[]> byCategory = new TreeMap<>();
        for (ForecastReport.Month month : forecast.months().subList(1, forecast.months().size())) {
            MeasuresReport actual = measures.over(month.asAt(), now, null, null);
            points.add(new Point(month.asAt(), month.inCare().median(), month.inCare().low(), month.inCare().high(), actual.inCare()));
            if (actual.inCare() > 0) {
                totalError += Math.abs(month.inCare().median().doubleValue() - actual.inCare()) / actual.inCare();
                totalMonths++;
            }
            if (actual.inCare() >= month.inCare().low().longValue() && actual.inCare() <= month.inCare().high().longValue()) inside++;
            for (MeasuresReport.CategoryFigures c : actual.byCategory()) {
                if (c.children() == 0) continue;
                double[] e = byCategory.computeIfAbsent(c.category(), k -> new double[2]);
                e[0] += Math.abs(month.medianByCategory().getOrDefault(c.category(), 0L) - c.children()) / (double) c.children();
                e[1]++;
            }
        }
        SortedMap<String, BigDecimal> mape = new TreeMap<>();
        byCategory.forEach((category, e) -> mape.put(category, percent(e[0] / e[1])));
        return new BackTest(madeAt, knownAt, points.size(), totalMonths == 0 ? null : percent(totalError / totalMonths), mape, inside,
                List.copyOf(points), note);
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private static LocalDate monthEnd(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }

    private static int whole(String name, String value, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) return otherwise;
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidQuery(name, "a whole number of months from " + min + " to " + max + ", not '" + value + "'");
    }
}
