package org.placementledger.measures.published;

import org.placementledger.measures.MeasuresReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The council's own figure for each published measure, from its events: the measures at the as-at date with the
 * flows of the 12 months to it, and the child population the rates are made with. The rates are per 10,000 children
 * aged 0 to 17, as the DfE makes its own; percentages are the measures' own.
 */
public final class CouncilFigures {

    /**
     * @param count the children the figure counts (the numerator); null for a percentage taken from the measures
     * @param note  why there is no figure, when {@code value} is null
     */
    public record Own(BigDecimal value, Long count, String note) {
    }

    private CouncilFigures() {
    }

    /** @param report the measures at the as-at date, with flows over the 12 months to it */
    public static Map<PublishedFigures.Measure, Own> of(MeasuresReport report, long childPopulation) {
        Map<PublishedFigures.Measure, Own> out = new EnumMap<>(PublishedFigures.Measure.class);
        out.put(PublishedFigures.Measure.IN_CARE_PER_10000, rate(report.inCare(), childPopulation));
        MeasuresReport.Flows flows = report.flows();
        out.put(PublishedFigures.Measure.STARTED_PER_10000, flows == null ? new Own(null, null, "no period given") : rate(flows.started(), childPopulation));
        out.put(PublishedFigures.Measure.CEASED_PER_10000, flows == null ? new Own(null, null, "no period given") : rate(flows.ceased(), childPopulation));
        MeasuresReport.ShortTermStability shortTerm = report.shortTermStability();
        out.put(PublishedFigures.Measure.THREE_OR_MORE_PLACEMENTS, new Own(shortTerm.percent(), shortTerm.threeOrMorePlacements(),
                shortTerm.percent() == null ? "no child in care" : null));
        MeasuresReport.LongTermStability longTerm = report.longTermStability();
        out.put(PublishedFigures.Measure.LONG_TERM_STABILITY, new Own(longTerm.percent(), longTerm.samePlacementTwoYears(),
                longTerm.percent() == null ? "no child eligible" : null));
        MeasuresReport.NewPlacements placed = flows == null ? null : flows.newPlacements();
        out.put(PublishedFigures.Measure.NEW_PLACEMENTS_OVER_20_MILES, placed == null ? new Own(null, null, "no period given")
                : new Own(placed.percentOver20(), placed.over20Miles(), placed.percentOver20() == null ? "no placement begun in the year" : null));
        return out;
    }

    /** Per 10,000 children, to one decimal place. */
    static Own rate(long children, long population) {
        if (population <= 0) return new Own(null, children, "no child population for the rate");
        return new Own(BigDecimal.valueOf(children).multiply(BigDecimal.valueOf(10_000))
                .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP), children, null);
    }
}
