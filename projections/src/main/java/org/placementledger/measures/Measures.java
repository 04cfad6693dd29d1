package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.Spell;
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
import org.placementledger.measures.geography.GridReference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Every measure at {@code asAt}; with {@code from}/{@code to}, also the flows and cost incurred over that period. */
    public MeasuresReport at(LocalDate asAt, Collection<CareTimeline> children, LocalDate from, LocalDate to) {
        List<ChildOnDate> inCare = new ArrayList<>();
        long shortBreaks = 0;
        for (CareTimeline child : children) {
            Optional<ChildOnDate> on = ChildOnDate.of(child, asAt, config);
            if (on.isEmpty()) continue;
            if (on.get().headline()) inCare.add(on.get());
            else shortBreaks++;
        }
        return new MeasuresReport(asAt, inCare.size(), shortBreaks,
                byCategory(inCare), count(inCare, c -> c.placement().type().code()),
                count(inCare, c -> c.placement().provider() == null ? "none" : c.placement().provider().code()),
                byAgeBand(inCare), count(inCare, c -> c.legalStatus().code()), byCategoryAndAgeBand(inCare),
                residentialCostBands(inCare), spend(asAt, inCare, children),
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

    private Spend spend(LocalDate asAt, List<ChildOnDate> inCare, Collection<CareTimeline> children) {
        Cost all = Cost.of(inCare);
        Cost inHouse = Cost.of(inCare.stream().filter(c -> c.placement().provider() == PlacementProvider.PR1).toList());
        Cost external = Cost.of(inCare.stream().filter(c -> c.placement().provider() != null
                && c.placement().provider() != PlacementProvider.PR1 && c.placement().provider() != PlacementProvider.PR0).toList());
        LocalDate yearStart = ReportingYear.containing(asAt).firstDay();
        LocalDate yearEnd = ReportingYear.containing(asAt).lastDay();
        long incurred = 0;
        for (CareTimeline child : children) incurred += Incurred.weeklyCostDays(child, yearStart, asAt);
        BigDecimal yearToDate = Incurred.pounds(incurred);
        long daysLeft = ChronoUnit.DAYS.between(asAt, yearEnd);
        BigDecimal forecast = Incurred.pounds(all.totalPence() * daysLeft);
        return new Spend(all.total(), inHouse.total(), external.total(), yearToDate, forecast, yearToDate.add(forecast), all.notKnown());
    }

    private ShortTermStability shortTerm(List<ChildOnDate> inCare, LocalDate windowStart, LocalDate asAt) {
        long unstable = inCare.stream().filter(c -> CarerSpells.placementsBetween(c.timeline(), windowStart, asAt) >= 3).count();
        return new ShortTermStability(inCare.size(), unstable, Percent.of(unstable, inCare.size()));
    }

    private LongTermStability longTerm(List<ChildOnDate> inCare, LocalDate asAt) {
        LocalDate lookedAfterSince = asAt.minusMonths(30);
        LocalDate sameSince = asAt.minusYears(2);
        long eligible = 0;
        long stable = 0;
        for (ChildOnDate c : inCare) {
            if (c.age() >= 16 || c.period().start().isAfter(lookedAfterSince)) continue;
            eligible++;
            CarerSpells spells = CarerSpells.of(c.period());
            Optional<CarerSpells.CarerSpell> now = spells.on(asAt);
            if (now.isEmpty()) continue;
            boolean same = !now.get().from().isAfter(sameSince);
            boolean adoptive = c.placement().type().isPlacedForAdoption()
                    && spells.before(now.get()).map(b -> !b.from().isAfter(sameSince)).orElse(false);
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
            Optional<GridReference> home = geography.locate(c.homePostcode());
            Optional<GridReference> placed = geography.locate(c.placement().postcode());
            if (placed.isPresent() && !placed.get().localAuthority().isBlank()
                    && !placed.get().localAuthority().equals(config.councilAreaCode())) {
                outOfArea++;
            }
            if (home.isEmpty() || placed.isEmpty()) {
                notKnown++;
                continue;
            }
            tenths[known++] = home.get().tenthsOfMileTo(placed.get());
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

    private Flows flows(Collection<CareTimeline> children, LocalDate from, LocalDate to) {
        long started = 0, ceased = 0, quick = 0, moves = 0, restless = 0;
        SortedMap<String, Long> startAges = new TreeMap<>();
        SortedMap<String, Long> startStatuses = new TreeMap<>();
        SortedMap<String, Long> reasons = new TreeMap<>();
        long incurred = 0;
        for (CareTimeline child : children) {
            incurred += Incurred.weeklyCostDays(child, from, to);
            long childMoves = 0;
            for (CarePeriod period : child.periods()) {
                if (period.legalStatusOn(period.start()).isShortBreaks()) continue;
                if (within(period.start(), from, to)) {
                    started++;
                    int age = Period.between(child.details().dateOfBirth(), period.start()).getYears();
                    startAges.merge(config.ageBandOf(age), 1L, Long::sum);
                    startStatuses.merge(period.legalStatusOn(period.start()).code(), 1L, Long::sum);
                }
                if (period.end() != null && within(period.end(), from, to)) {
                    ceased++;
                    reasons.merge(ReasonGroups.of(period.endReason()), 1L, Long::sum);
                    if (period.end().isBefore(period.start().plusYears(1))) quick++;
                }
                List<Spell> spells = period.spells();
                for (int i = 1; i < spells.size(); i++) {
                    if (spells.get(i).newCarer() && within(spells.get(i).from(), from, to)) childMoves++;
                }
            }
            moves += childMoves;
            if (childMoves >= 3) restless++;
        }
        return new Flows(from, to, started, startAges, startStatuses, ceased, reasons, quick, moves, restless, Incurred.pounds(incurred));
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
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
