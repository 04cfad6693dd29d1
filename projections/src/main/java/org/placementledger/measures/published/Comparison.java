package org.placementledger.measures.published;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One published measure for one year, for England, the council's region and its ten statistical neighbours, set
 * beside the council's own figure: what the council papers put in their tables by hand.
 *
 * @param neighboursAverage   the plain mean of the neighbours' published figures, or null when none is published
 * @param neighboursPublished how many of the ten that mean is of (a suppressed figure is left out, never taken as zero)
 * @param neighbours          each neighbour's figure, nearest first; empty unless asked for
 */
public record Comparison(PublishedFigures.Measure measure, int year, Side england, Side region, BigDecimal neighboursAverage,
                         int neighboursPublished, List<Side> neighbours) {

    /** One area's published figure; {@code notPublished} gives the DfE's mark (or why there is none) when it has none. */
    public record Side(String area, String name, BigDecimal value, String notPublished) {
        static Side of(Area area, PublishedFigures.Figure figure) {
            return new Side(area.code(), area.name(), figure.value().value(), figure.value().notPublished());
        }

        static Side missing(String code, String why) {
            return new Side(code, null, null, why);
        }
    }

    /** The year ending 31 March that a date falls in: the DfE's collection year it would be reported in. */
    public static int collectionYearOf(LocalDate date) {
        return date.getMonthValue() <= 3 ? date.getYear() : date.getYear() + 1;
    }

    public static Comparison of(PublishedFigures published, String councilCode, PublishedFigures.Measure measure, int year,
                                boolean eachNeighbour) {
        Area england = published.area(Area.ENGLAND).orElse(null);
        Side englandSide = england == null ? Side.missing(Area.ENGLAND, "not in the tables")
                : Side.of(england, published.figure(year, Area.ENGLAND, measure));
        Area council = published.area(councilCode).orElse(null);
        Side regionSide;
        if (council == null || council.regionCode() == null) {
            regionSide = Side.missing(null, "the council's area code " + councilCode + " is not an authority of the tables");
        } else {
            Area region = published.area(council.regionCode()).orElse(null);
            regionSide = region == null ? Side.missing(council.regionCode(), "not in the tables")
                    : Side.of(region, published.figure(year, region.code(), measure));
        }
        List<Side> sides = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        for (Area neighbour : published.neighboursOf(councilCode)) {
            Side side = Side.of(neighbour, published.figure(year, neighbour.code(), measure));
            sides.add(side);
            if (side.value() != null) {
                sum = sum.add(side.value());
                counted++;
            }
        }
        BigDecimal average = counted == 0 ? null : sum.divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
        return new Comparison(measure, year, englandSide, regionSide, average, counted, eachNeighbour ? List.copyOf(sides) : List.of());
    }
}
