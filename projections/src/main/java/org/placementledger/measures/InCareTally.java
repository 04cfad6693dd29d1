package org.placementledger.measures;

import org.placementledger.measures.MeasuresReport.AgeBandFigures;
import org.placementledger.measures.MeasuresReport.CategoryAgeFigures;
import org.placementledger.measures.MeasuresReport.CategoryFigures;
import org.placementledger.measures.MeasuresReport.CostBandFigures;
import org.placementledger.measures.MeasuresReport.Distance;
import org.placementledger.measures.MeasuresReport.InHouseFostering;
import org.placementledger.measures.MeasuresReport.LongTermStability;
import org.placementledger.measures.MeasuresReport.ShortTermStability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of the children in care on a date, counted in one pass: by category, age band, placement type,
 * provider and legal status, cost bands, stability and distance. The live dashboard makes these after every
 * change, so the pass adds up longs and arrays and turns them into pounds and percentages once at the end.
 */
final class InCareTally {

    private final MeasuresConfig config;
    private final List<String> categories;
    private final List<AgeBand> bands;
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private final Map<String, Integer> bandIndex = new HashMap<>();
    private final long[] costBandFrom;
    private final long[] costBandBelow;

    InCareTally(MeasuresConfig config) {
        this.config = config;
        this.categories = config.categoryNames();
        this.bands = config.ageBands();
        for (int i = 0; i < categories.size(); i++) categoryIndex.put(categories.get(i), i);
        for (int i = 0; i < bands.size(); i++) bandIndex.putIfAbsent(bands.get(i).label(), i);
        List<CostBand> costBands = config.residentialCostBands();
        costBandFrom = new long[costBands.size()];
        costBandBelow = new long[costBands.size()];
        for (int i = 0; i < costBands.size(); i++) {
            costBandFrom[i] = costBands.get(i).from().pence();
            costBandBelow[i] = costBands.get(i).below() == null ? Long.MAX_VALUE : costBands.get(i).below().pence();
        }
    }

    /** Weekly cost of a group: the total of the known costs, how many were known, and how many children in all. */
    static final class Cost {
        long totalPence;
        long known;
        long children;

        Cost plus(Cost other) {
            Cost sum = new Cost();
            sum.becomeSumOf(this, other);
            return sum;
        }

        /** This group's figures made those of two parts together (the counts' fields are final, so not replaced). */
        void becomeSumOf(Cost a, Cost b) {
            totalPence = a.totalPence + b.totalPence;
            known = a.known + b.known;
            children = a.children + b.children;
        }

        void add(long weeklyPence) {
            children++;
            if (weeklyPence == ChildState.COST_NOT_KNOWN) return;
            totalPence += weeklyPence;
            known++;
        }

        BigDecimal total() {
            return BigDecimal.valueOf(totalPence, 2);
        }

        BigDecimal average() {
            return known == 0 ? null : BigDecimal.valueOf(totalPence).divide(BigDecimal.valueOf(known * 100), 2, RoundingMode.HALF_UP);
        }

        long notKnown() {
            return children - known;
        }
    }

    /** What one pass over the children in care found. */
    final class Counts {
        final Cost[] byCategory = costs(categories.size());
        final long[] byBand = new long[bands.size()];
        final Cost[][] byCategoryAndBand = new Cost[categories.size()][];
        final Map<String, long[]> byType = new HashMap<>();
        final Map<String, long[]> byProvider = new HashMap<>();
        final Map<String, long[]> byLegalStatus = new HashMap<>();
        final long[] residentialBands = new long[costBandFrom.length];
        final Cost all = new Cost();
        final Cost inHouse = new Cost();
        final Cost external = new Cost();
        long unstableYear;
        long unstableTwoYears;
        long longTermEligible;
        long longTermStable;
        long[] tenths;
        int distanceKnown;
        long distanceNotKnown;
        long outOfArea;
        long inHouseFostering;
        long externalFostering;
        int children;

        Counts() {
            for (int c = 0; c < byCategoryAndBand.length; c++) byCategoryAndBand[c] = costs(bands.size());
        }
    }

    private static Cost[] costs(int n) {
        Cost[] costs = new Cost[n];
        for (int i = 0; i < n; i++) costs[i] = new Cost();
        return costs;
    }

    /** Fewer children in care than this are counted in one pass in the caller's thread. */
    static final int PARALLEL_FROM = 4_000;

    /**
     * The children in care counted: with {@code everyCore} and enough of them, in parts on every core, the parts'
     * counts then added together (every figure is a sum, or made from sorted distances, so the order is no matter).
     */
    Counts count(List<ChildOnDate> inCare, LocalDate asAt, boolean everyCore) {
        if (!everyCore || inCare.size() < PARALLEL_FROM) return count(inCare, asAt);
        int parts = Math.max(2, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
        int size = (inCare.size() + parts - 1) / parts;
        List<List<ChildOnDate>> slices = new ArrayList<>();
        for (int from = 0; from < inCare.size(); from += size) slices.add(inCare.subList(from, Math.min(inCare.size(), from + size)));
        return slices.parallelStream().map(slice -> count(slice, asAt)).reduce(this::sum).orElseGet(Counts::new);
    }

    /** Two parts' counts as one. */
    private Counts sum(Counts a, Counts b) {
        Counts k = new Counts();
        for (int c = 0; c < k.byCategory.length; c++) {
            k.byCategory[c] = a.byCategory[c].plus(b.byCategory[c]);
            for (int band = 0; band < k.byBand.length; band++) k.byCategoryAndBand[c][band] = a.byCategoryAndBand[c][band].plus(b.byCategoryAndBand[c][band]);
        }
        for (int band = 0; band < k.byBand.length; band++) k.byBand[band] = a.byBand[band] + b.byBand[band];
        for (Counts part : List.of(a, b)) {
            part.byType.forEach((code, n) -> k.byType.computeIfAbsent(code, x -> new long[1])[0] += n[0]);
            part.byProvider.forEach((code, n) -> k.byProvider.computeIfAbsent(code, x -> new long[1])[0] += n[0]);
            part.byLegalStatus.forEach((code, n) -> k.byLegalStatus.computeIfAbsent(code, x -> new long[1])[0] += n[0]);
        }
        for (int r = 0; r < k.residentialBands.length; r++) k.residentialBands[r] = a.residentialBands[r] + b.residentialBands[r];
        k.all.becomeSumOf(a.all, b.all);
        k.inHouse.becomeSumOf(a.inHouse, b.inHouse);
        k.external.becomeSumOf(a.external, b.external);
        k.unstableYear = a.unstableYear + b.unstableYear;
        k.unstableTwoYears = a.unstableTwoYears + b.unstableTwoYears;
        k.longTermEligible = a.longTermEligible + b.longTermEligible;
        k.longTermStable = a.longTermStable + b.longTermStable;
        k.tenths = new long[a.distanceKnown + b.distanceKnown];
        System.arraycopy(a.tenths, 0, k.tenths, 0, a.distanceKnown);
        System.arraycopy(b.tenths, 0, k.tenths, a.distanceKnown, b.distanceKnown);
        k.distanceKnown = a.distanceKnown + b.distanceKnown;
        k.distanceNotKnown = a.distanceNotKnown + b.distanceNotKnown;
        k.outOfArea = a.outOfArea + b.outOfArea;
        k.inHouseFostering = a.inHouseFostering + b.inHouseFostering;
        k.externalFostering = a.externalFostering + b.externalFostering;
        k.children = a.children + b.children;
        return k;
    }

    Counts count(List<ChildOnDate> inCare, LocalDate asAt) {
        Counts k = new Counts();
        k.children = inCare.size();
        k.tenths = new long[inCare.size()];
        InCareLines lines = new InCareLines(asAt);
        for (ChildOnDate c : inCare) {
            ChildState state = c.state();
            long pence = state.weeklyPence();
            Integer category = categoryIndex.get(c.category());
            Integer band = bandIndex.get(c.ageBand());
            if (category != null) k.byCategory[category].add(pence);
            if (band != null) k.byBand[band]++;
            if (category != null && band != null) k.byCategoryAndBand[category][band].add(pence);
            k.byType.computeIfAbsent(c.placementTypeCode(), x -> new long[1])[0]++;
            k.byProvider.computeIfAbsent(c.providerCode(), x -> new long[1])[0]++;
            k.byLegalStatus.computeIfAbsent(c.legalStatusCode(), x -> new long[1])[0]++;
            for (int b = 0; b < costBandFrom.length; b++) if (inResidentialBand(c, b)) k.residentialBands[b]++;
            k.all.add(pence);
            if (InCareLines.inHouse(c)) k.inHouse.add(pence);
            else if (InCareLines.external(c)) k.external.add(pence);

            if (lines.unstableYear(c)) k.unstableYear++;
            if (lines.unstableTwoYears(c)) k.unstableTwoYears++;
            if (lines.longTermEligible(c)) {
                k.longTermEligible++;
                if (lines.longTermStable(c)) k.longTermStable++;
            }

            if (c.outOfArea()) k.outOfArea++;
            long d = c.distanceTenths();
            if (d == MeasuredTimeline.NOT_KNOWN) k.distanceNotKnown++;
            else k.tenths[k.distanceKnown++] = d;

            if (inHouseFostering(c)) k.inHouseFostering++;
            if (externalFostering(c)) k.externalFostering++;
        }
        return k;
    }

    /** Whether a child in care is in residential cost band {@code b}: residential, with a known cost in the band. */
    boolean inResidentialBand(ChildOnDate c, int b) {
        long pence = c.state().weeklyPence();
        return c.category().equals(config.residentialCategory()) && pence != ChildState.COST_NOT_KNOWN
                && pence >= costBandFrom[b] && pence < costBandBelow[b];
    }

    boolean inHouseFostering(ChildOnDate c) {
        return c.category().equals(config.inHouseCategory());
    }

    boolean externalFostering(ChildOnDate c) {
        return config.externalFosteringCategories().contains(c.category());
    }

    List<CategoryFigures> byCategory(Counts k) {
        List<CategoryFigures> out = new ArrayList<>(categories.size());
        for (int i = 0; i < categories.size(); i++) {
            Cost cost = k.byCategory[i];
            out.add(new CategoryFigures(categories.get(i), cost.children, cost.total(), cost.average(), cost.notKnown()));
        }
        return out;
    }

    List<AgeBandFigures> byAgeBand(Counts k) {
        List<AgeBandFigures> out = new ArrayList<>(bands.size());
        for (AgeBand band : bands) out.add(new AgeBandFigures(band.label(), k.byBand[bandIndex.get(band.label())]));
        return out;
    }

    List<CategoryAgeFigures> byCategoryAndAgeBand(Counts k) {
        List<CategoryAgeFigures> out = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            for (AgeBand band : bands) {
                Cost cost = k.byCategoryAndBand[c][bandIndex.get(band.label())];
                if (cost.children == 0) continue;
                out.add(new CategoryAgeFigures(categories.get(c), band.label(), cost.children, cost.total(), cost.average()));
            }
        }
        return out;
    }

    List<CostBandFigures> residentialCostBands(Counts k) {
        List<CostBandFigures> out = new ArrayList<>(costBandFrom.length);
        List<CostBand> costBands = config.residentialCostBands();
        for (int b = 0; b < costBands.size(); b++) out.add(new CostBandFigures(costBands.get(b).label(), k.residentialBands[b]));
        return out;
    }

    static SortedMap<String, Long> sorted(Map<String, long[]> counts) {
        SortedMap<String, Long> out = new TreeMap<>();
        counts.forEach((key, n) -> out.put(key, n[0]));
        return out;
    }

    ShortTermStability shortTerm(Counts k, boolean twoYears) {
        long unstable = twoYears ? k.unstableTwoYears : k.unstableYear;
        return new ShortTermStability(k.children, unstable, Percent.of(unstable, k.children));
    }

    LongTermStability longTerm(Counts k) {
        return new LongTermStability(k.longTermEligible, k.longTermStable, Percent.of(k.longTermStable, k.longTermEligible));
    }

    Distance distance(Counts k) {
        int known = k.distanceKnown;
        long[] miles = Arrays.copyOf(k.tenths, known);
        Arrays.sort(miles);
        long over = 0;
        long total = 0;
        for (long m : miles) {
            if (Conditions.moreThan20Miles(m)) over++;
            total += m;
        }
        BigDecimal mean = known == 0 ? null : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(known * 10L), 1, RoundingMode.HALF_UP);
        BigDecimal median = known == 0 ? null : known % 2 == 1 ? BigDecimal.valueOf(miles[known / 2], 1)
                : BigDecimal.valueOf(miles[known / 2 - 1] + miles[known / 2]).divide(BigDecimal.valueOf(20), 1, RoundingMode.HALF_UP);
        return new Distance(over, known - over, k.distanceNotKnown, Percent.of(over, known), mean, median, k.outOfArea);
    }

    InHouseFostering inHouseFostering(Counts k) {
        return new InHouseFostering(k.inHouseFostering, k.externalFostering, Percent.of(k.inHouseFostering, k.inHouseFostering + k.externalFostering),
                config.inHouseFosteringTarget().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP));
    }
}
