package org.placementledger.commandside.ssda903;

import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.RecordHistory;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One write path: what an import appends for a child is exactly what the rules of the record decide for the same
 * steps sent as one command ({@code RecordHistory}, what {@code POST /api/children/{id}/history} and the aggregate
 * take), against the same record. Five years of a council's returns, imported one after another. (A child the rules
 * refuse is refused inside the same call, so its plan holds no events: see {@code ImportPlannerScenariosTest}.)
 */
class ImportDecidesAsCommandsDoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void givenFiveYearsOfReturns_whenEachChildIsPlanned_thenItsEventsAreWhatTheCommandWouldDecide() throws Exception {
        Map<String, EffectiveHistory> records = new HashMap<>();
        int compared = 0;
        for (int fileYear = 2017; fileYear <= 2021; fileYear++) {
            ReportingYear year = new ReportingYear(fileYear);
            ImportFiles files = new ImportFiles(fileYear + "-episodes.csv", fileYear + "-header.csv", null, null);
            Map<String, HeaderRow> header = SampleReturns.header(fileYear);
            EpisodeChecks checks = new EpisodeChecks(files, year);
            ImportPlanner planner = new ImportPlanner(files, year, TODAY, RecordLimits.DEFAULT);
            for (var entry : SampleReturns.episodes(fileYear).entrySet()) {
                String child = entry.getKey();
                List<EpisodeRow> rows = entry.getValue();
                EffectiveHistory before = records.getOrDefault(child, EffectiveHistory.empty());
                ChildPlan plan = planner.plan(checks.check(child, rows, header.get(child)), List.of(), before);
                if (plan.steps().isEmpty()) continue;
                RecordHistory command = new RecordHistory(child, plan.commands(), true);
                if (plan.accepted()) {
                    List<ChildEvent> decided = ChildDecisions.decideAll(command, before, TODAY, RecordLimits.DEFAULT);
                    assertThat(plan.events()).as("child %s in %s", child, year).isEqualTo(decided);
                    EffectiveHistory after = before;
                    for (ChildEvent event : decided) after = after.with(child + "-" + (after.lastSequence() + 1), after.lastSequence() + 1, event);
                    records.put(child, after);
                    compared++;
                }
            }
        }
        assertThat(compared).as("children whose import was compared with the command").isGreaterThan(50);
        System.out.printf("import against command: %d children's events identical%n", compared);
    }
}
