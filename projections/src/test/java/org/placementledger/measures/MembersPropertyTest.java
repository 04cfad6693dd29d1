package org.placementledger.measures;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.measures.MeasuresReport.Flows;
import org.placementledger.measures.geography.PostcodeGrid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Which children are these?": on random councils, at a random date, the children listed behind every figure of
 * the report add up to the figure: as many rows as a count says, and for money and moves rows whose sum is the
 * figure (to the penny, or within each row's own rounding of pence-days to pounds).
 */
class MembersPropertyTest {

    private static final MeasuresConfig CONFIG = MeasuresConfig.defaults();
    private static final Measures MEASURES = new Measures(CONFIG, PostcodeGrid.shippedSectors());

    @Property(tries = 40)
    void everyFigureHasExactlyTheChildrenBehindIt(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int size) {
        Random random = new Random(seed);
        List<MeasuredTimeline> children = new ArrayList<>();
        for (int c = 0; c < size; c++) {
            MeasuredTimeline child = prepared("C" + c, RandomHistories.history("C" + c, random));
            if (child != null) children.add(child);
        }
        LocalDate asAt = RandomHistories.FIRST.plusDays(random.nextInt(1500));
        LocalDate from = asAt.minusYears(1).plusDays(1);
        MeasuresReport r = MEASURES.over(asAt, children, from, asAt);
        Cells cells = new Cells(children, asAt, from, asAt);

        cells.count("inCare", "all", r.inCare());
        cells.count("shortBreaks", null, r.shortBreaks());
        for (var c : r.byCategory()) cells.count("byCategory", c.category(), c.children());
        for (var e : r.byPlacementType().entrySet()) cells.count("byPlacementType", e.getKey(), e.getValue());
        cells.count("byPlacementType", "H5", r.byPlacementType().getOrDefault("H5", 0L));
        for (var e : r.byProvider().entrySet()) cells.count("byProvider", e.getKey(), e.getValue());
        for (var e : r.byLegalStatus().entrySet()) cells.count("byLegalStatus", e.getKey(), e.getValue());
        for (var b : r.byAgeBand()) cells.count("byAgeBand", b.ageBand(), b.children());
        for (String category : CONFIG.categoryNames()) {
            for (AgeBand band : CONFIG.ageBands()) {
                long figure = r.byCategoryAndAgeBand().stream().filter(x -> x.category().equals(category) && x.ageBand().equals(band.label()))
                        .mapToLong(MeasuresReport.CategoryAgeFigures::children).sum();
                cells.count("byCategoryAndAgeBand", category + "/" + band.label(), figure);
            }
        }
        for (var b : r.residentialCostBands()) cells.count("residentialCostBands", b.band(), b.children());

        cells.count("spend", "weeklyTotal", r.inCare());
        cells.sum("spend", "weeklyTotal", r.spend().weeklyTotal());
        cells.sum("spend", "inHouseWeekly", r.spend().inHouseWeekly());
        cells.sum("spend", "externalWeekly", r.spend().externalWeekly());
        cells.count("spend", "costNotKnown", r.spend().costNotKnown());
        cells.roundedSum("spend", "yearToDate", r.spend().yearToDate());
        cells.roundedSum("spend", "forecastToYearEnd", r.spend().forecastToYearEnd());
        cells.roundedSum("spend", "forecastFullYear", r.spend().forecastFullYear());

        cells.count("shortTermStability", "children", r.shortTermStability().children());
        cells.count("shortTermStability", "threeOrMorePlacements", r.shortTermStability().threeOrMorePlacements());
        cells.count("shortTermStabilityTwoYears", "threeOrMorePlacements", r.shortTermStabilityTwoYears().threeOrMorePlacements());
        cells.count("longTermStability", "eligible", r.longTermStability().eligible());
        cells.count("longTermStability", "samePlacementTwoYears", r.longTermStability().samePlacementTwoYears());
        cells.count("distance", "over20Miles", r.distance().over20Miles());
        cells.count("distance", "twentyOrLess", r.distance().twentyOrLess());
        cells.count("distance", "notKnown", r.distance().notKnown());
        cells.count("distance", "outOfArea", r.distance().outOfArea());
        cells.count("inHouseFostering", "inHouse", r.inHouseFostering().inHouse());
        cells.count("inHouseFostering", "external", r.inHouseFostering().external());

        Flows f = r.flows();
        cells.count("started", null, f.started());
        for (Map.Entry<String, Long> e : f.startedByAgeBand().entrySet()) cells.count("startedByAgeBand", e.getKey(), e.getValue());
        for (Map.Entry<String, Long> e : f.startedByLegalStatus().entrySet()) cells.count("startedByLegalStatus", e.getKey(), e.getValue());
        cells.count("ceased", null, f.ceased());
        for (Map.Entry<String, Long> e : f.ceasedByReasonGroup().entrySet()) cells.count("ceasedByReasonGroup", e.getKey(), e.getValue());
        cells.count("ceasedWithin12MonthsOfStarting", null, f.ceasedWithin12MonthsOfStarting());
        cells.count("newPlacements", "all", f.newPlacements().placements());
        cells.count("newPlacements", "over20Miles", f.newPlacements().over20Miles());
        cells.count("newPlacements", "twentyOrLess", f.newPlacements().twentyOrLess());
        cells.count("newPlacements", "notKnown", f.newPlacements().notKnown());
        cells.sum("moves", null, BigDecimal.valueOf(f.moves()));
        cells.count("childrenWithThreeOrMoreMoves", null, f.childrenWithThreeOrMoreMoves());
        cells.roundedSum("costIncurred", null, f.costIncurred());
    }

    @Property(tries = 10)
    void aMeasureOrCellTheReportDoesNotHaveIsRefusedNamingWhatItHas(@ForAll long seed) {
        List<MeasuredTimeline> children = List.of();
        LocalDate asAt = LocalDate.of(2024, 3, 31);
        assertThatThrownBy(() -> MEASURES.members("byCategory", "Castles", asAt, children, null, null))
                .isInstanceOf(Members.UnknownCell.class).hasMessageContaining("'Castles' is not a cell of byCategory")
                .hasMessageContaining(MeasuresConfig.RESIDENTIAL).extracting(e -> ((Members.UnknownCell) e).field()).isEqualTo("cell");
        assertThatThrownBy(() -> MEASURES.members("inCareish", null, asAt, children, null, null))
                .isInstanceOf(Members.UnknownCell.class).hasMessageContaining("'inCareish' is not a measure")
                .extracting(e -> ((Members.UnknownCell) e).field()).isEqualTo("measure");
        assertThatThrownBy(() -> MEASURES.members("started", null, asAt, children, null, null))
                .isInstanceOf(Members.UnknownCell.class).hasMessageContaining("a flow over a period")
                .extracting(e -> ((Members.UnknownCell) e).field()).isEqualTo("from");
    }

    /** Asks each cell's rows and compares them with the figure. */
    private record Cells(List<MeasuredTimeline> children, LocalDate asAt, LocalDate from, LocalDate to) {

        List<Members.Row> rows(String measure, String cell) {
            return MEASURES.members(measure, cell, asAt, children, from, to);
        }

        void count(String measure, String cell, long figure) {
            assertThat(rows(measure, cell)).as("rows behind %s %s at %s", measure, cell, asAt).hasSize(Math.toIntExact(figure));
        }

        void sum(String measure, String cell, BigDecimal figure) {
            BigDecimal sum = rows(measure, cell).stream().map(Members.Row::adds).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("sum behind %s %s at %s", measure, cell, asAt).isEqualByComparingTo(figure);
        }

        /** Each row is rounded to the penny from pence-days on its own, the figure once: they differ by half a penny a row at most. */
        void roundedSum(String measure, String cell, BigDecimal figure) {
            List<Members.Row> rows = rows(measure, cell);
            BigDecimal sum = rows.stream().map(Members.Row::adds).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal slack = new BigDecimal("0.005").multiply(BigDecimal.valueOf(rows.size() + 2));
            assertThat(sum.subtract(figure).abs()).as("sum behind %s %s at %s: %s against %s", measure, cell, asAt, sum, figure)
                    .isLessThanOrEqualTo(slack);
            if (figure.signum() == 0) assertThat(rows).as("rows behind %s %s, a figure of nothing", measure, cell).isEmpty();
        }
    }

    private static MeasuredTimeline prepared(String id, List<RecordedEvent> events) {
        EffectiveHistory h = EffectiveHistory.empty();
        for (RecordedEvent e : events) h = h.with(e.eventId(), e.sequence(), e.event());
        CareTimeline timeline = CareTimeline.of(id, h);
        return timeline.details() == null ? null : MEASURES.prepare(timeline);
    }
}
