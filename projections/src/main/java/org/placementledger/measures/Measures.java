package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.measures.MeasuresReport.AgeBandFigures;
import org.placementledger.measures.MeasuresReport.CategoryAgeFigures;
import org.placementledger.measures.MeasuresReport.CategoryFigures;
import org.placementledger.measures.MeasuresReport.CostBandFigures;
import org.placementledger.measures.MeasuresReport.Distance;
import org.placementledger.measures.MeasuresReport.Flows;
import org.placementledger.measures.MeasuresReport.InHouseFostering;
import org.placementledger.measures.MeasuresReport.LongTermStability;
import org.placementledger.measures.MeasuresReport.ShortTermStability;
import org.placementledger.measures.MeasuresReport.Spend;
import org.placementledger.measures.geography.Geography;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one definition of every measure of the domain, computed from children's timelines at an as-at date.
 * Plain Java, so the live projections and the point-in-time queries call the same code.
 */
public final class Measures {

    private final MeasuresConfig config;
    private final Geography geography;
    private final InCareTally tally;
    private final Members members;

    public Measures(MeasuresConfig config, Geography geography) {
        this.config = config;
        this.geography = geography;
        this.tally = new InCareTally(config);
        this.members = new Members(this, config, tally);
    }

    /** A child's timeline made ready for reports at any date under this configuration and geography. */
    public MeasuredTimeline prepare(CareTimeline timeline) {
        return new MeasuredTimeline(timeline, config, geography);
    }

    /**
     * Every measure at {@code asAt} from timelines as they are; with {@code from}/{@code to}, also the flows
     * and cost incurred over that period. Prepares every child first: for one-off reports and tests. Reports
     * over many children, again and again, keep the prepared children and call {@link #over}.
     */
    public MeasuresReport at(LocalDate asAt, Collection<CareTimeline> children, LocalDate from, LocalDate to) {
        List<MeasuredTimeline> prepared = new ArrayList<>(children.size());
        for (CareTimeline child : children) prepared.add(prepare(child));
        return over(asAt, prepared, from, to);
    }

    /** Councils smaller than this are counted in the caller's thread: the hand-off would cost more than it saves. */
    private static final int PARALLEL_FROM = 20_000;

    /** Every measure at {@code asAt}; with {@code from}/{@code to}, also the flows and cost incurred over that period. */
    public MeasuresReport over(LocalDate asAt, Collection<MeasuredTimeline> children, LocalDate from, LocalDate to) {
        return over(asAt, children, from, to, true);
    }

    /** The same, counted in the caller's thread alone: what counting on every core must equal. */
    MeasuresReport overInOneThread(LocalDate asAt, Collection<MeasuredTimeline> children, LocalDate from, LocalDate to) {
        return over(asAt, children, from, to, false);
    }

    private MeasuresReport over(LocalDate asAt, Collection<MeasuredTimeline> children, LocalDate from, LocalDate to, boolean everyCore) {
        Census census = new Census(asAt);
        if (!everyCore || children.size() < PARALLEL_FROM) {
            for (MeasuredTimeline child : children) census.add(count(child, census));
        } else {
            // Each child is counted on its own (the same function the live figures use), on every core; what they add
            // is summed in the children's order, so the figures are the same to the penny as counted in one thread.
            for (Counted counted : children.parallelStream().map(child -> count(child, census)).toList()) census.add(counted);
        }
        return report(census, children, from, to, everyCore);
    }

    /**
     * The children behind one figure of {@link #over}'s report at the same date and period: {@code measure} is the
     * report's field ({@code byCategory}, {@code distance}, {@code started}...), {@code cell} its key or part
     * ({@code Residential}, {@code over20Miles}...). The rows add up to the figure.
     *
     * @throws Members.UnknownCell for a measure or cell the report does not have, or a flow without its period
     */
    public List<Members.Row> members(String measure, String cell, LocalDate asAt, Collection<MeasuredTimeline> children,
                                     LocalDate from, LocalDate to) {
        return members.of(measure, cell, asAt, children, from, to);
    }

    /**
     * Children in care and weekly spend projected {@code months} month ends on from {@code from}, from the rates the
     * children's record showed over the {@code lookBackMonths} before it; {@code runs} simulated futures give the
     * interval (the same {@code seed}, the same forecast). See {@link Forecaster}.
     *
     * @throws IllegalArgumentException for months, a look-back or runs out of their ranges
     */
    public ForecastReport forecast(Collection<MeasuredTimeline> children, LocalDate from, int lookBackMonths, int months, int runs, long seed) {
        return new Forecaster(config).forecast(children, from, lookBackMonths, months, runs, seed);
    }

    /** The figures for today kept by adding and replacing children one by one: see {@link LiveCensus}. */
    public LiveCensus liveCensus(LocalDate asAt) {
        return new LiveCensus(this, asAt);
    }

    /**
     * What one child adds to the census on its date: the child in care then (or on short breaks), and what
     * their care has cost since 1 April. Null when the child adds nothing. The one definition of who counts,
     * whether all children are counted at once or one at a time.
     */
    Counted count(MeasuredTimeline child, Census census) {
        ChildOnDate on = ChildOnDate.of(child, census.asAt(), census.day(), config);
        long sinceYearStart = child.inCareDuring(census.yearStartDay(), census.day())
                ? child.states().weeklyPenceDays(census.yearStartDay(), census.day()) : 0;
        if (on == null && sinceYearStart == 0) return null;
        return new Counted(on, sinceYearStart);
    }

    /** Every measure from a census; {@code children} are needed only for the flows over {@code from}/{@code to}. */
    MeasuresReport report(Census census, Collection<MeasuredTimeline> children, LocalDate from, LocalDate to) {
        return report(census, children, from, to, true);
    }

    private MeasuresReport report(Census census, Collection<MeasuredTimeline> children, LocalDate from, LocalDate to, boolean everyCore) {
        LocalDate asAt = census.asAt();
        InCareTally.Counts k = tally.count(census.inCare(), asAt, everyCore);
        return new MeasuresReport(asAt, k.children, census.shortBreaks(),
                tally.byCategory(k), InCareTally.sorted(k.byType), InCareTally.sorted(k.byProvider),
                tally.byAgeBand(k), InCareTally.sorted(k.byLegalStatus), tally.byCategoryAndAgeBand(k),
                tally.residentialCostBands(k), spend(asAt, k, census.yearToDatePence()),
                tally.shortTerm(k, false), tally.shortTerm(k, true), tally.longTerm(k), tally.distance(k), tally.inHouseFostering(k),
                from == null || to == null ? null : flows(children, from, to));
    }

    private Spend spend(LocalDate asAt, InCareTally.Counts k, long incurredSinceYearStart) {
        LocalDate yearEnd = ReportingYear.containing(asAt).lastDay();
        BigDecimal yearToDate = StateLine.pounds(incurredSinceYearStart);
        long daysLeft = ChronoUnit.DAYS.between(asAt, yearEnd);
        BigDecimal forecast = StateLine.pounds(k.all.totalPence * daysLeft);
        return new Spend(k.all.total(), k.inHouse.total(), k.external.total(), yearToDate, forecast, yearToDate.add(forecast), k.all.notKnown());
    }

    private Flows flows(Collection<MeasuredTimeline> children, LocalDate from, LocalDate to) {
        long started = 0, ceased = 0, quick = 0, moves = 0, restless = 0, placed = 0, far = 0, near = 0;
        SortedMap<String, Long> startAges = new TreeMap<>();
        SortedMap<String, Long> startStatuses = new TreeMap<>();
        SortedMap<String, Long> reasons = new TreeMap<>();
        long incurred = 0;
        long fromDay = from.toEpochDay();
        long toDay = to.toEpochDay();
        for (MeasuredTimeline child : children) {
            // Out of care all through the period and not ceasing in it: nothing started, ceased, moved or cost in it.
            if (!child.touches(fromDay, toDay)) continue;
            incurred += child.states().weeklyPenceDays(fromDay, toDay);
            long childMoves = 0;
            for (MeasuredTimeline.PeriodFlow period : child.flows()) {
                if (period.startedIn(fromDay, toDay)) {
                    started++;
                    startAges.merge(period.startAgeBand(), 1L, Long::sum);
                    startStatuses.merge(period.startLegalStatus(), 1L, Long::sum);
                }
                if (period.ceasedIn(fromDay, toDay)) {
                    ceased++;
                    reasons.merge(period.endReasonGroup(), 1L, Long::sum);
                }
                if (period.ceasedWithinAYearIn(fromDay, toDay)) quick++;
                childMoves += period.movesIn(fromDay, toDay);
                for (long tenths : period.newPlacementTenthsIn(fromDay, toDay)) {
                    placed++;
                    if (tenths == MeasuredTimeline.NOT_KNOWN) continue;
                    if (Conditions.moreThan20Miles(tenths)) far++;
                    else near++;
                }
            }
            moves += childMoves;
            if (Conditions.manyMoves(childMoves)) restless++;
        }
        return new Flows(from, to, started, startAges, startStatuses, ceased, reasons, quick, moves, restless, StateLine.pounds(incurred),
                new MeasuresReport.NewPlacements(placed, far, near, placed - far - near, Percent.of(far, placed)));
    }
}
