package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.codes.PlacementProvider;
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

    public Measures(MeasuresConfig config, Geography geography) {
        this.config = config;
        this.geography = geography;
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

    /** Every measure at {@code asAt}; with {@code from}/{@code to}, also the flows and cost incurred over that period. */
    public MeasuresReport over(LocalDate asAt, Collection<MeasuredTimeline> children, LocalDate from, LocalDate to) {
        Census census = new Census(asAt);
        for (MeasuredTimeline child : children) census.add(count(child, census));
        return report(census, children, from, to);
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
        LocalDate asAt = census.asAt();
        List<ChildOnDate> inCare = census.inCare();
        return new MeasuresReport(asAt, inCare.size(), census.shortBreaks(),
                byCategory(inCare), count(inCare, c -> c.placement().type().code()),
                count(inCare, c -> c.placement().provider() == null ? "none" : c.placement().provider().code()),
                byAgeBand(inCare), count(inCare, c -> c.legalStatus().code()), byCategoryAndAgeBand(inCare),
                residentialCostBands(inCare), spend(asAt, inCare, census.yearToDatePence()),
                shortTerm(inCare, asAt.minusYears(1).plusDays(1), asAt), shortTerm(inCare, asAt.minusYears(2).plusDays(1), asAt),
                longTerm(inCare, asAt), distance(inCare), inHouseFostering(inCare),
                from == null || to == null ? null : flows(children, from, to));
    }

    private List<CategoryFigures> byCategory(List<ChildOnDate> inCare) {
        Map<String, List<ChildOnDate>> grouped = group(inCare, ChildOnDate::category);
        List<CategoryFigures> out = new ArrayList<>();
        for (String category : config.categoryNames()) {
            List<ChildOnDate> in = grouped.getOrDefault(category, List.of());
            Cost cost = Cost.of(in);
            out.add(new CategoryFigures(category, in.size(), cost.total(), cost.average(), cost.notKnown()));
        }
        return out;
    }

    private List<AgeBandFigures> byAgeBand(List<ChildOnDate> inCare) {
        Map<String, List<ChildOnDate>> grouped = group(inCare, ChildOnDate::ageBand);
        return config.ageBands().stream()
                .map(b -> new AgeBandFigures(b.label(), grouped.getOrDefault(b.label(), List.of()).size()))
                .toList();
    }

    private static Map<String, List<ChildOnDate>> group(List<ChildOnDate> children, java.util.function.Function<ChildOnDate, String> key) {
        Map<String, List<ChildOnDate>> grouped = new java.util.HashMap<>();
        for (ChildOnDate c : children) grouped.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        return grouped;
    }

    private List<CategoryAgeFigures> byCategoryAndAgeBand(List<ChildOnDate> inCare) {
        Map<String, List<ChildOnDate>> grouped = group(inCare, c -> c.category() + "\u0000" + c.ageBand());
        List<CategoryAgeFigures> out = new ArrayList<>();
        for (String category : config.categoryNames()) {
            for (AgeBand band : config.ageBands()) {
                List<ChildOnDate> in = grouped.getOrDefault(category + "\u0000" + band.label(), List.of());
                if (in.isEmpty()) continue;
                Cost cost = Cost.of(in);
                out.add(new CategoryAgeFigures(category, band.label(), in.size(), cost.total(), cost.average()));
            }
        }
        return out;
    }

    private List<CostBandFigures> residentialCostBands(List<ChildOnDate> inCare) {
        List<ChildOnDate> residential = inCare.stream()
                .filter(c -> c.category().equals(config.residentialCategory()) && c.weeklyCost() != null).toList();
        return config.residentialCostBands().stream()
                .map(b -> new CostBandFigures(b.label(), residential.stream().filter(c -> b.contains(c.weeklyCost())).count()))
                .toList();
    }

    private Spend spend(LocalDate asAt, List<ChildOnDate> inCare, long incurredSinceYearStart) {
        Cost all = Cost.of(inCare);
        Cost inHouse = Cost.of(inCare.stream().filter(c -> c.placement().provider() == PlacementProvider.PR1).toList());
        Cost external = Cost.of(inCare.stream().filter(c -> c.placement().provider() != null
                && c.placement().provider() != PlacementProvider.PR1 && c.placement().provider() != PlacementProvider.PR0).toList());
        LocalDate yearEnd = ReportingYear.containing(asAt).lastDay();
        BigDecimal yearToDate = StateLine.pounds(incurredSinceYearStart);
        long daysLeft = ChronoUnit.DAYS.between(asAt, yearEnd);
        BigDecimal forecast = StateLine.pounds(all.totalPence() * daysLeft);
        return new Spend(all.total(), inHouse.total(), external.total(), yearToDate, forecast, yearToDate.add(forecast), all.notKnown());
    }

    private ShortTermStability shortTerm(List<ChildOnDate> inCare, LocalDate windowStart, LocalDate asAt) {
        long unstable = 0;
        long start = windowStart.toEpochDay();
        long end = asAt.toEpochDay();
        for (ChildOnDate c : inCare) if (c.child().placementsBetween(start, end) >= 3) unstable++;
        return new ShortTermStability(inCare.size(), unstable, Percent.of(unstable, inCare.size()));
    }

    private LongTermStability longTerm(List<ChildOnDate> inCare, LocalDate asAt) {
        LocalDate lookedAfterSince = asAt.minusMonths(30);
        long sameSinceDay = asAt.minusYears(2).toEpochDay();
        long eligible = 0;
        long stable = 0;
        for (ChildOnDate c : inCare) {
            if (c.age() >= 16 || c.period().start().isAfter(lookedAfterSince)) continue;
            eligible++;
            boolean same = c.state().carerFromDay() <= sameSinceDay;
            // The adoption rule: placed for adoption with the carers the child had lived with, for 2 years together.
            boolean adoptive = c.placement().type().isPlacedForAdoption() && c.state().previousCarerFromDay() <= sameSinceDay;
            if (same || adoptive) stable++;
        }
        return new LongTermStability(eligible, stable, Percent.of(stable, eligible));
    }

    private Distance distance(List<ChildOnDate> inCare) {
        long[] tenths = new long[inCare.size()];
        int known = 0;
        long notKnown = 0;
        long outOfArea = 0;
        for (ChildOnDate c : inCare) {
            if (c.outOfArea()) outOfArea++;
            long d = c.distanceTenths();
            if (d == MeasuredTimeline.NOT_KNOWN) {
                notKnown++;
                continue;
            }
            tenths[known++] = d;
        }
        long[] miles = java.util.Arrays.copyOf(tenths, known);
        java.util.Arrays.sort(miles);
        long over = 0;
        long total = 0;
        for (long m : miles) {
            if (m > 200) over++;
            total += m;
        }
        BigDecimal mean = known == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(known * 10L), 1, RoundingMode.HALF_UP);
        BigDecimal median = known == 0 ? null : known % 2 == 1 ? BigDecimal.valueOf(miles[known / 2], 1)
                : BigDecimal.valueOf(miles[known / 2 - 1] + miles[known / 2]).divide(BigDecimal.valueOf(20), 1, RoundingMode.HALF_UP);
        return new Distance(over, known - over, notKnown, Percent.of(over, known), mean, median, outOfArea);
    }

    private InHouseFostering inHouseFostering(List<ChildOnDate> inCare) {
        long inHouse = inCare.stream().filter(c -> c.category().equals(config.inHouseCategory())).count();
        long external = inCare.stream().filter(c -> config.externalFosteringCategories().contains(c.category())).count();
        return new InHouseFostering(inHouse, external, Percent.of(inHouse, inHouse + external),
                config.inHouseFosteringTarget().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP));
    }

    private Flows flows(Collection<MeasuredTimeline> children, LocalDate from, LocalDate to) {
        long started = 0, ceased = 0, quick = 0, moves = 0, restless = 0;
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
                if (period.startDay() >= fromDay && period.startDay() <= toDay) {
                    started++;
                    startAges.merge(period.startAgeBand(), 1L, Long::sum);
                    startStatuses.merge(period.startLegalStatus(), 1L, Long::sum);
                }
                if (period.endDay() >= fromDay && period.endDay() <= toDay) {
                    ceased++;
                    reasons.merge(period.endReasonGroup(), 1L, Long::sum);
                    if (period.ceasedWithinAYear()) quick++;
                }
                for (long move : period.moveDays()) if (move >= fromDay && move <= toDay) childMoves++;
            }
            moves += childMoves;
            if (childMoves >= 3) restless++;
        }
        return new Flows(from, to, started, startAges, startStatuses, ceased, reasons, quick, moves, restless, StateLine.pounds(incurred));
    }

    private static SortedMap<String, Long> count(List<ChildOnDate> inCare, java.util.function.Function<ChildOnDate, String> key) {
        SortedMap<String, Long> counts = new TreeMap<>();
        for (ChildOnDate c : inCare) counts.merge(key.apply(c), 1L, Long::sum);
        return counts;
    }

    /** Weekly cost of a group: total and average over the children whose cost is known. */
    private record Cost(long totalPence, BigDecimal average, long notKnown) {
        static Cost of(List<ChildOnDate> group) {
            long total = 0;
            long known = 0;
            for (ChildOnDate c : group) {
                Money cost = c.weeklyCost();
                if (cost == null) continue;
                total += cost.pence();
                known++;
            }
            BigDecimal average = known == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(known * 100), 2, RoundingMode.HALF_UP);
            return new Cost(total, average, group.size() - known);
        }

        BigDecimal total() {
            return BigDecimal.valueOf(totalPence, 2);
        }
    }

}
