package org.placementledger.queryside.measures;

import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.history.ChildEventLog;
import org.placementledger.queryside.web.InvalidQuery;
import org.placementledger.queryside.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Every measure as at a date (today by default), and with {@code from} and {@code to} the flows and cost
 * incurred over that period: the same definitions as the live figures, from every child's timeline. With
 * {@code asKnownAt}, the figures as the record stood at that instant ("as at 31 March, as known on 15 May").
 */
@RestController
public class MeasuresController {

    private final TimelineIndex timelines;
    private final Measures measures;
    private final Clock clock;
    private final ChildEventLog record;

    public MeasuresController(TimelineIndex timelines, Measures measures, Clock clock, ChildEventLog record) {
        this.timelines = timelines;
        this.measures = measures;
        this.clock = clock;
        this.record = record;
    }

    @GetMapping("/api/measures")
    public MeasuresReport measures(@RequestParam(required = false) String asAt,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String asKnownAt) {
        FigureQuery query = FigureQuery.read(asAt, from, to, asKnownAt, clock);
        return measures.over(query.asAt(), query.children(timelines, record), query.from(), query.to());
    }

    /** A point of the monthly trend: children in care and their weekly cost, as at a month's end. */
    public record MonthPoint(LocalDate asAt, long inCare, java.math.BigDecimal weeklySpend) {
    }

    /** A point of the quarterly trend: the two stability measures, as at a quarter's end. */
    public record QuarterPoint(LocalDate asAt, java.math.BigDecimal threeOrMorePlacementsPercent, java.math.BigDecimal longTermStablePercent) {
    }

    public record Trend(LocalDate to, Instant asKnownAt, java.util.List<MonthPoint> months, java.util.List<QuarterPoint> quarters) {
    }

    /**
     * The dashboard's trends: the figures of {@link #measures} at the end of each of the last {@code months} months
     * (the last point is {@code to} itself) and at the end of each quarter in that span; as known at an instant when
     * one is given. The same definitions as every other figure: each point is a full report at its date.
     */
    @GetMapping("/api/measures/trend")
    public Trend trend(@RequestParam(required = false) String to,
                       @RequestParam(required = false) String asKnownAt,
                       @RequestParam(required = false) String months) {
        LocalDate end = QueryParameters.date("to", to, LocalDate.now(clock));
        int count = 36;
        if (months != null) {
            try {
                count = Integer.parseInt(months.trim());
            } catch (NumberFormatException e) {
                throw new InvalidQuery("months", "a whole number of months from 1 to 120");
            }
            if (count < 1 || count > 120) throw new InvalidQuery("months", "a whole number of months from 1 to 120");
        }
        Instant knownAt = QueryParameters.instant("asKnownAt", asKnownAt, null);
        if (knownAt != null && knownAt.isAfter(clock.instant())) throw new InvalidQuery("asKnownAt", "must not be in the future (" + knownAt + ")");
        var children = knownAt == null ? timelines.children() : timelines.childrenAsKnownAt(knownAt, end, record::events);
        java.util.List<MonthPoint> monthly = new java.util.ArrayList<>();
        java.util.List<QuarterPoint> quarterly = new java.util.ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            LocalDate date = i == 0 ? end : end.minusMonths(i).withDayOfMonth(end.minusMonths(i).lengthOfMonth());
            MeasuresReport report = measures.over(date, children, null, null);
            monthly.add(new MonthPoint(date, report.inCare(), report.spend().weeklyTotal()));
            boolean quarterEnd = date.getMonthValue() % 3 == 0 && date.getDayOfMonth() == date.lengthOfMonth();
            if (quarterEnd || i == 0) {
                quarterly.add(new QuarterPoint(date, report.shortTermStability().percent(), report.longTermStability().percent()));
            }
        }
        return new Trend(end, knownAt, monthly, quarterly);
    }
}
