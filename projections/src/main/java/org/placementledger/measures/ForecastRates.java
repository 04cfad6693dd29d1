package org.placementledger.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rates a forecast counted over its look-back, in the form the simulation draws from, and as the report shows
 * them. Each run draws its own rates around these ({@link #draw}), as uncertain as the counts leave them.
 */
final class ForecastRates {
    private final Map<String, Long> entryCounts;
    private final Map<String, long[]> ceasingCounts;
    private final int months;
    private final Map<String, Double> ceasingByAge = new HashMap<>();
    private final double ceasingOverall;
    private final Map<String, String[]> moveTo = new HashMap<>();
    private final Map<String, double[]> moveCumulative = new HashMap<>();
    private final Map<String, Double> cost = new HashMap<>();
    private final double costOverall;
    private final ForecastReport.Rates rates;

    ForecastRates(List<String> ageBands, Map<String, Long> entryCounts, Map<String, long[]> ceasingCounts,
          Map<String, Map<String, Long>> moves, Map<String, BigDecimal[]> costs, int months) {
        this.entryCounts = entryCounts;
        this.ceasingCounts = ceasingCounts;
        this.months = months;
        SortedMap<String, BigDecimal> entriesShown = new TreeMap<>();
        for (String band : ageBands) {
            double perMonth = entryCounts.getOrDefault(band, 0L) / (double) months;
            if (perMonth > 0) entriesShown.put(band, BigDecimal.valueOf(perMonth).setScale(2, RoundingMode.HALF_UP));
        }
        SortedMap<String, BigDecimal> ceasingShown = new TreeMap<>();
        SortedMap<String, Long> atRisk = new TreeMap<>();
        Map<String, long[]> byAge = new HashMap<>();
        long left = 0;
        long risk = 0;
        for (var e : ceasingCounts.entrySet()) {
            long[] n = e.getValue();
            ceasingShown.put(e.getKey(), BigDecimal.valueOf(n[1] == 0 ? 0 : n[0] / (double) n[1]).setScale(4, RoundingMode.HALF_UP));
            atRisk.put(e.getKey(), n[1]);
            String age = e.getKey().substring(0, e.getKey().indexOf(" / "));
            long[] a = byAge.computeIfAbsent(age, k -> new long[2]);
            a[0] += n[0];
            a[1] += n[1];
            left += n[0];
            risk += n[1];
        }
        byAge.forEach((age, n) -> ceasingByAge.put(age, n[1] == 0 ? 0 : n[0] / (double) n[1]));
        ceasingOverall = risk == 0 ? 0 : left / (double) risk;
        SortedMap<String, SortedMap<String, Long>> movesShown = new TreeMap<>();
        moves.forEach((from, to) -> {
            String[] targets = to.keySet().toArray(String[]::new);
            double[] cumulative = new double[targets.length];
            double total = to.values().stream().mapToLong(Long::longValue).sum();
            double running = 0;
            for (int i = 0; i < targets.length; i++) {
                running += to.get(targets[i]) / total;
                cumulative[i] = running;
            }
            moveTo.put(from, targets);
            moveCumulative.put(from, cumulative);
            movesShown.put(from, new TreeMap<>(to));
        });
        SortedMap<String, BigDecimal> costShown = new TreeMap<>();
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal n = BigDecimal.ZERO;
        for (var e : costs.entrySet()) {
            BigDecimal mean = e.getValue()[0].divide(e.getValue()[1], 2, RoundingMode.HALF_UP);
            cost.put(e.getKey(), mean.doubleValue());
            costShown.put(e.getKey(), mean);
            all = all.add(e.getValue()[0]);
            n = n.add(e.getValue()[1]);
        }
        costOverall = n.signum() == 0 ? 0 : all.divide(n, 2, RoundingMode.HALF_UP).doubleValue();
        rates = new ForecastReport.Rates(entriesShown, ceasingShown, atRisk, movesShown, costShown);
    }

    /** One run's rates: drawn around the counted ones, as uncertain as the counts leave them. */
    record Run(Map<String, Double> entries, Map<String, Double> ceasing, Map<String, Double> ceasingByAge, double ceasingOverall) {
        double entriesPerMonth(String band) {
            return entries.getOrDefault(band, 0.0);
        }

        /** The share for the age band and time in care; the age band's, then everyone's, where none was counted. */
        double ceasing(String ageBand, int monthsInCare) {
            Double p = ceasing.get(ageBand + " / " + Forecaster.TIME_BAND_LABELS[Forecaster.timeBand(monthsInCare)]);
            if (p != null) return p;
            return ceasingByAge.getOrDefault(ageBand, ceasingOverall);
        }
    }

    Run draw(Random random) {
        Map<String, Double> drawnEntries = new HashMap<>();
        entryCounts.forEach((band, count) -> drawnEntries.put(band, count == 0 ? 0 : Draws.gamma(count, random) / months));
        Map<String, Double> drawnCeasing = new HashMap<>();
        ceasingCounts.forEach((key, n) -> drawnCeasing.put(key, Draws.beta(n[0] + 0.5, n[1] - n[0] + 0.5, random)));
        return new Run(drawnEntries, drawnCeasing, ceasingByAge, ceasingOverall);
    }

    /** The categories a child of this category was seen in a month later; none when none was seen in it. */
    String[] moveTargets(String category) {
        return moveTo.getOrDefault(category, new String[0]);
    }

    double[] moveCumulative(String category) {
        return moveCumulative.getOrDefault(category, new double[0]);
    }

    double weeklyCost(String category) {
        return cost.getOrDefault(category, costOverall);
    }

    ForecastReport.Rates rates() {
        return rates;
    }
}
