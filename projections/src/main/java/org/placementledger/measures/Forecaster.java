package org.placementledger.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A forecast of children in care and spend from the record itself. Counted at every month end of the look-back
 * before the start date: the children who entered care in the month (by age band, with the age and category they
 * entered at), the share of children who left care in the month (by age band and time in care), and, of those who
 * stayed, how many were in each category a month later. Then simulated month by month from the children in care on
 * the start date, many times over, each child ageing, perhaps leaving, perhaps moving, and new children entering
 * as the counted rates say (entries drawn from a Poisson distribution at the month's rate). Each run first draws
 * its own rates around the counted ones, as far as so many months of counts leave them uncertain (a gamma
 * distribution for each age band's entries, a beta for each share leaving), so the interval holds both the chance of
 * each month and what a few years of record cannot tell. The spread of the runs gives the interval. Children on short breaks are left out, as from every headline figure; a child leaves
 * care at 18. Month-end states: a period of care that begins and ends between two month ends is not seen.
 */
final class Forecaster {

    /** Time in care bands, in months: under 6, 6 to 11, 12 to 23, 24 and more. */
    private static final int[] TIME_BANDS = {6, 12, 24};
    static final String[] TIME_BAND_LABELS = {"under 6 months", "6-11 months", "12-23 months", "24 months or more"};
    private static final int LEAVING_AGE_MONTHS = 18 * 12;

    private final MeasuresConfig config;

    Forecaster(MeasuresConfig config) {
        this.config = config;
    }

    /** The entrant observed: the age and category they entered at. */
    private record Entrant(int ageMonths, String category) {
    }

    ForecastReport forecast(Collection<MeasuredTimeline> children, LocalDate from, int lookBackMonths, int months, int runs, long seed) {
        if (months < 1 || months > 120) throw new IllegalArgumentException("months must be from 1 to 120");
        if (lookBackMonths < 3 || lookBackMonths > 120) throw new IllegalArgumentException("the look-back must be from 3 to 120 months");
        if (runs < 10 || runs > 5_000) throw new IllegalArgumentException("runs must be from 10 to 5000");
        List<String> ageBands = config.ageBands().stream().map(AgeBand::label).toList();
        // Counting: each month end of the look-back against the next.
        Map<String, Long> entries = new TreeMap<>();
        Map<String, List<Entrant>> entrants = new HashMap<>();
        Map<String, long[]> ceasing = new TreeMap<>(); // key age band / time band -> {left, at risk}
        Map<String, Map<String, Long>> moves = new TreeMap<>();
        Map<String, BigDecimal[]> costs = new HashMap<>(); // category -> {sum, n}
        LocalDate fittedFrom = monthEnd(from.minusMonths(lookBackMonths));
        Map<String, ChildOnDate> before = inCare(children, fittedFrom);
        for (int m = 1; m <= lookBackMonths; m++) {
            LocalDate at = m == lookBackMonths ? from : monthEnd(from.minusMonths(lookBackMonths - m));
            Map<String, ChildOnDate> now = inCare(children, at);
            for (var was : before.entrySet()) {
                ChildOnDate c = was.getValue();
                String key = c.ageBand() + " / " + TIME_BAND_LABELS[timeBand(monthsInCare(c, at.minusMonths(1)))];
                long[] n = ceasing.computeIfAbsent(key, k -> new long[2]);
                n[1]++;
                ChildOnDate then = now.get(was.getKey());
                if (then == null || then.period() != c.period()) {
                    n[0]++;
                } else {
                    moves.computeIfAbsent(c.category(), k -> new TreeMap<>()).merge(then.category(), 1L, Long::sum);
                }
            }
            for (var is : now.entrySet()) {
                ChildOnDate c = is.getValue();
                ChildOnDate was = before.get(is.getKey());
                if (was == null || was.period() != c.period()) {
                    entries.merge(c.ageBand(), 1L, Long::sum);
                    entrants.computeIfAbsent(c.ageBand(), k -> new ArrayList<>()).add(new Entrant(ageMonths(c, at), c.category()));
                }
            }
            before = now;
        }
        Map<String, ChildOnDate> start = before;
        for (ChildOnDate c : start.values()) {
            if (c.weeklyCost() == null) continue;
            BigDecimal[] sum = costs.computeIfAbsent(c.category(), k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(c.weeklyCost().pounds());
            sum[1] = sum[1].add(BigDecimal.ONE);
        }
        ForecastRates model = new ForecastRates(ageBands, entries, ceasing, moves, costs, lookBackMonths);

        // Simulating, on arrays of numbers: 500 runs of 36 months of a thousand children is 18 million steps.
        List<String> categories = categories(start.values(), moves, entrants);
        Map<String, Integer> categoryIndex = new HashMap<>();
        for (int c = 0; c < categories.size(); c++) categoryIndex.put(categories.get(c), c);
        int[] bandOfYear = new int[LEAVING_AGE_MONTHS / 12 + 1];
        for (int year = 0; year < bandOfYear.length; year++) bandOfYear[year] = ageBands.indexOf(config.ageBandOf(year));
        int[][] moveTarget = new int[categories.size()][];
        double[][] moveCumulative = new double[categories.size()][];
        for (int c = 0; c < categories.size(); c++) {
            String[] targets = model.moveTargets(categories.get(c));
            moveTarget[c] = new int[targets.length];
            for (int t = 0; t < targets.length; t++) moveTarget[c][t] = categoryIndex.get(targets[t]);
            moveCumulative[c] = model.moveCumulative(categories.get(c));
        }
        double[] cost = new double[categories.size()];
        for (int c = 0; c < categories.size(); c++) cost[c] = model.weeklyCost(categories.get(c));
        int[][] entrantAge = new int[ageBands.size()][];
        int[][] entrantCategory = new int[ageBands.size()][];
        for (int b = 0; b < ageBands.size(); b++) {
            List<Entrant> seen = entrants.getOrDefault(ageBands.get(b), List.of());
            entrantAge[b] = seen.stream().mapToInt(Entrant::ageMonths).toArray();
            entrantCategory[b] = seen.stream().mapToInt(e -> categoryIndex.get(e.category())).toArray();
        }
        int[] startAge = new int[start.size()];
        int[] startMonths = new int[start.size()];
        int[] startCategory = new int[start.size()];
        int k = 0;
        for (ChildOnDate c : start.values()) {
            startAge[k] = ageMonths(c, from);
            startMonths[k] = monthsInCare(c, from);
            startCategory[k++] = categoryIndex.get(c.category());
        }
        long[][] totals = new long[months + 1][runs];
        double[][] spend = new double[months + 1][runs];
        long[][][] byCategory = new long[months + 1][categories.size()][runs];
        Random random = new Random(seed);
        for (int r = 0; r < runs; r++) {
            ForecastRates.Run rates = model.draw(random);
            double[][] leaving = new double[ageBands.size()][TIME_BANDS.length + 1];
            double[] entering = new double[ageBands.size()];
            for (int b = 0; b < ageBands.size(); b++) {
                entering[b] = rates.entriesPerMonth(ageBands.get(b));
                for (int t = 0; t <= TIME_BANDS.length; t++) leaving[b][t] = rates.ceasing(ageBands.get(b), t == 0 ? 0 : TIME_BANDS[t - 1]);
            }
            Cohort alive = new Cohort(startAge.length + 64);
            for (int i = 0; i < startAge.length; i++) alive.add(startAge[i], startMonths[i], startCategory[i]);
            record(alive, 0, r, totals, spend, byCategory, cost);
            Cohort next = new Cohort(alive.size + 64);
            for (int month = 1; month <= months; month++) {
                next.size = 0;
                for (int i = 0; i < alive.size; i++) {
                    int age = alive.age[i] + 1;
                    if (age >= LEAVING_AGE_MONTHS) continue;
                    if (random.nextDouble() < leaving[bandOfYear[alive.age[i] / 12]][timeBand(alive.months[i])]) continue;
                    int c = alive.category[i];
                    int[] targets = moveTarget[c];
                    if (targets.length > 0) {
                        double u = random.nextDouble();
                        double[] cumulative = moveCumulative[c];
                        int t = 0;
                        while (t < targets.length - 1 && u >= cumulative[t]) t++;
                        c = targets[t];
                    }
                    next.add(age, alive.months[i] + 1, c);
                }
                for (int b = 0; b < ageBands.size(); b++) {
                    if (entrantAge[b].length == 0) continue;
                    int n = Draws.poisson(entering[b], random);
                    for (int i = 0; i < n; i++) {
                        int e = random.nextInt(entrantAge[b].length);
                        next.add(entrantAge[b][e], 0, entrantCategory[b][e]);
                    }
                }
                Cohort swap = alive;
                alive = next;
                next = swap;
                record(alive, month, r, totals, spend, byCategory, cost);
            }
        }
        List<ForecastReport.Month> out = new ArrayList<>(months + 1);
        for (int month = 0; month <= months; month++) {
            SortedMap<String, Long> medians = new TreeMap<>();
            for (int c = 0; c < categories.size(); c++) {
                long median = percentile(byCategory[month][c], 0.5);
                if (median > 0) medians.put(categories.get(c), median);
            }
            out.add(new ForecastReport.Month(month == 0 ? from : monthEnd(from.plusMonths(month)), band(totals[month]), medians, band(spend[month])));
        }
        return new ForecastReport(from, fittedFrom, runs, model.rates(), List.copyOf(out));
    }

    private static void record(Cohort alive, int month, int run, long[][] totals, double[][] spend, long[][][] byCategory, double[] cost) {
        totals[month][run] = alive.size;
        double weekly = 0;
        for (int i = 0; i < alive.size; i++) {
            weekly += cost[alive.category[i]];
            byCategory[month][alive.category[i]][run]++;
        }
        spend[month][run] = weekly;
    }

    private Map<String, ChildOnDate> inCare(Collection<MeasuredTimeline> children, LocalDate date) {
        long day = date.toEpochDay();
        Map<String, ChildOnDate> out = new HashMap<>();
        for (MeasuredTimeline child : children) {
            ChildOnDate c = ChildOnDate.of(child, date, day, config);
            if (c != null && c.headline()) out.put(child.childId(), c);
        }
        return out;
    }

    private static int ageMonths(ChildOnDate c, LocalDate at) {
        return (int) ChronoUnit.MONTHS.between(c.child().timeline().details().dateOfBirth(), at);
    }

    private static int monthsInCare(ChildOnDate c, LocalDate at) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(c.period().start(), at));
    }

    static int timeBand(int monthsInCare) {
        for (int i = 0; i < TIME_BANDS.length; i++) if (monthsInCare < TIME_BANDS[i]) return i;
        return TIME_BANDS.length;
    }

    private static LocalDate monthEnd(LocalDate date) {
        return date.withDayOfMonth(date.lengthOfMonth());
    }

    private static List<String> categories(Collection<ChildOnDate> start, Map<String, Map<String, Long>> moves, Map<String, List<Entrant>> entrants) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (ChildOnDate c : start) all.add(c.category());
        moves.forEach((from, to) -> {
            all.add(from);
            all.addAll(to.keySet());
        });
        entrants.values().forEach(list -> list.forEach(e -> all.add(e.category())));
        return List.copyOf(all);
    }

    private static long percentile(long[] values, double q) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
    }

    private static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
    }

    private static ForecastReport.Band band(long[] values) {
        return new ForecastReport.Band(BigDecimal.valueOf(percentile(values, 0.1)), BigDecimal.valueOf(percentile(values, 0.5)),
                BigDecimal.valueOf(percentile(values, 0.9)), BigDecimal.valueOf(percentile(values, 0.025)), BigDecimal.valueOf(percentile(values, 0.975)));
    }

    private static ForecastReport.Band band(double[] values) {
        return new ForecastReport.Band(money(percentile(values, 0.1)), money(percentile(values, 0.5)), money(percentile(values, 0.9)),
                money(percentile(values, 0.025)), money(percentile(values, 0.975)));
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP);
    }
}
