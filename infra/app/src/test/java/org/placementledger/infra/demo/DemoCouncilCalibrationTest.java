package org.placementledger.infra.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.RuleBroken;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.MeasuresReport.CategoryFigures;
import org.placementledger.measures.geography.PostcodeGrid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo council, recorded through the same decisions as any record, reproduces the shape and size of
 * Torbay's January 2020 placements table within the tolerances below, and national rates of
 * stability and distance roughly.
 */
class DemoCouncilCalibrationTest {

    private static final LocalDate AS_AT = LocalDate.of(2026, 1, 31);
    private static final double COUNT_TOLERANCE = 0.30;
    private static final double COST_TOLERANCE = 0.10;

    private static MeasuresReport report;
    private static int refused;
    private static int commands;

    @BeforeAll
    static void recordTheCouncil() {
        List<ChildCommand> all = DemoCouncil.generate(AS_AT, DemoLoader.SEED);
        commands = all.size();
        Map<String, EffectiveHistory> records = new LinkedHashMap<>();
        Map<String, Long> sequences = new LinkedHashMap<>();
        for (ChildCommand command : all) {
            EffectiveHistory history = records.getOrDefault(command.childId(), EffectiveHistory.empty());
            try {
                ChildEvent event = ChildDecisions.decide(command, history, AS_AT, RecordLimits.DEFAULT);
                long sequence = sequences.merge(command.childId(), 1L, Long::sum) - 1;
                records.put(command.childId(), history.with(command.childId() + "-" + sequence, sequence, event));
            } catch (RuleBroken broken) {
                refused++;
                System.out.println("refused " + command + ": " + broken.rule() + " " + broken.reason());
            }
        }
        List<CareTimeline> timelines = new ArrayList<>();
        records.forEach((id, history) -> timelines.add(CareTimeline.of(id, history)));
        report = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors()).at(AS_AT, timelines, null, null);
        System.out.printf("demo council: %d commands, %d children, %d in care at %s%n", commands, records.size(), report.inCare(), AS_AT);
        report.byCategory().forEach(c -> System.out.printf("  %-32s %4d  avg %s  total %s%n", c.category(), c.children(), c.weeklyCostAverage(), c.weeklyCostTotal()));
        System.out.println("  residential bands " + report.residentialCostBands());
        System.out.println("  " + report.shortTermStability() + " " + report.longTermStability() + " " + report.distance());
    }

    private static CategoryFigures category(String name) {
        return report.byCategory().stream().filter(c -> c.category().equals(name)).findFirst().orElseThrow();
    }

    private static void near(long actual, long torbay) {
        assertThat((double) actual).isCloseTo(torbay, within(torbay * COUNT_TOLERANCE));
    }

    private static void costNear(BigDecimal actual, double torbay) {
        assertThat(actual.doubleValue()).isCloseTo(torbay, within(torbay * COST_TOLERANCE));
    }

    @Test
    void everyCommandOfTheDemoCouncilKeepsTheRulesOfTheRecord() {
        assertThat(commands).isGreaterThan(5_000);
        assertThat(refused).isZero();
    }

    @Test
    void theFosteringRowsMatchTorbay() {
        near(category(MeasuresConfig.IN_HOUSE_FOSTERING).children(), 129);
        costNear(category(MeasuresConfig.IN_HOUSE_FOSTERING).weeklyCostAverage(), 402);
        near(category(MeasuresConfig.IFA_FOSTERING).children(), 96);
        costNear(category(MeasuresConfig.IFA_FOSTERING).weeklyCostAverage(), 965);
    }

    @Test
    void theResidentialRowAndItsCostBandsMatchTorbay() {
        near(category(MeasuresConfig.RESIDENTIAL).children(), 37);
        costNear(category(MeasuresConfig.RESIDENTIAL).weeklyCostAverage(), 4725);
        List<Long> bands = report.residentialCostBands().stream().map(MeasuresReport.CostBandFigures::children).toList();
        // Torbay: 11, 15, 4, 5, 2. The two largest bands are the two lowest, as there.
        assertThat(bands.get(0) + bands.get(1)).isGreaterThan(bands.get(2) + bands.get(3) + bands.get(4));
    }

    @Test
    void parentAndChildPlacementsAreAFew() {
        assertThat(category(MeasuresConfig.PARENT_AND_CHILD).children()).isBetween(2L, 14L);
    }

    @Test
    void stabilityAndDistanceAreNearTheNationalRates() {
        assertThat(report.shortTermStability().percent()).isBetween(new BigDecimal("3"), new BigDecimal("20"));
        assertThat(report.longTermStability().percent()).isBetween(new BigDecimal("50"), new BigDecimal("85"));
        assertThat(report.distance().percentOver20()).isBetween(new BigDecimal("5"), new BigDecimal("35"));
    }
}
