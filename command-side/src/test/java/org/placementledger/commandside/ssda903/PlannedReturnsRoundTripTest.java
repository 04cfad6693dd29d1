package org.placementledger.commandside.ssda903;

import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.RecordHistory;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.events.CareFact;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.StoredFact;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;
import org.placementledger.events.ssda903.ReturnOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five sample returns planned one after another into children's records held in memory (each plan
 * decided by the same rules the aggregate uses), then each year's return written back from the records as
 * they stood after that year's import.
 */
class PlannedReturnsRoundTripTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void every_accepted_row_of_five_years_comes_back_as_it_was_sent_and_a_second_import_records_nothing() throws Exception {
        Map<String, EffectiveHistory> records = new HashMap<>();
        Map<String, Integer> counter = new HashMap<>();
        Map<String, Integer> stats = new TreeMap<>();
        for (int fileYear = 2017; fileYear <= 2021; fileYear++) {
            ReportingYear year = new ReportingYear(fileYear);
            ImportFiles files = new ImportFiles(fileYear + "-episodes.csv", fileYear + "-header.csv", null, null);
            Map<String, List<EpisodeRow>> episodes = SampleReturns.episodes(fileYear);
            Map<String, HeaderRow> header = SampleReturns.header(fileYear);
            EpisodeChecks checks = new EpisodeChecks(files, year);
            ImportPlanner planner = new ImportPlanner(files, year, TODAY, RecordLimits.DEFAULT);
            Map<String, List<EpisodeRow>> accepted = new HashMap<>();
            int rejectedRows = 0;
            for (var entry : episodes.entrySet()) {
                String child = entry.getKey();
                EffectiveHistory before = records.getOrDefault(child, EffectiveHistory.empty());
                ChildPlan plan = planner.plan(checks.check(child, entry.getValue(), header.get(child)), List.of(), before);
                if (!plan.accepted()) {
                    assertThat(plan.problems()).as("a rejected child is reported with its reason").anyMatch(Problem::isError);
                    rejectedRows += entry.getValue().size();
                    plan.problems().stream().filter(Problem::isError).forEach(pr -> stats.merge(year + " " + pr.rule(), 1, Integer::sum));
                    continue;
                }
                accepted.put(child, entry.getValue());
                records.put(child, apply(before, plan, counter));
            }
            // The same return again records nothing.
            for (var entry : accepted.entrySet()) {
                String child = entry.getKey();
                ChildPlan again = planner.plan(checks.check(child, entry.getValue(), header.get(child)), List.of(), records.get(child));
                assertThat(again.steps()).as("child %s imported twice", child).isEmpty();
            }
            // Written back as it stood: every accepted row, identical.
            int rows = 0;
            for (var entry : accepted.entrySet()) {
                List<CareFact> facts = records.get(entry.getKey()).inEffectiveOrder().stream().map(StoredFact::fact).toList();
                List<EpisodeRow> written = ReturnOf.episodes(entry.getKey(), facts, year).stream().map(EpisodeRow::content).toList();
                List<EpisodeRow> sent = entry.getValue().stream().map(EpisodeRow::content).toList();
                assertThat(written).as("child %s in %s", entry.getKey(), year).containsAll(sent);
                assertThat(ReturnOf.header(entry.getKey(), facts, year)).get().extracting(HeaderRow::content)
                        .isEqualTo(header.get(entry.getKey()).content());
                rows += sent.size();
            }
            stats.put(fileYear + " accepted rows", rows);
            stats.put(fileYear + " rejected rows", rejectedRows);
            assertThat(rows).as("rows of %s taken in", year).isGreaterThan(0);
        }
        System.out.println(stats);
    }

    private static EffectiveHistory apply(EffectiveHistory before, ChildPlan plan, Map<String, Integer> counter) {
        if (plan.steps().isEmpty()) return before;
        List<ChildEvent> events = ChildDecisions.decideAll(new RecordHistory(plan.child(), plan.commands(), true), before, TODAY, RecordLimits.DEFAULT);
        EffectiveHistory history = before;
        for (ChildEvent event : events) {
            int n = counter.merge(plan.child(), 1, Integer::sum);
            history = history.with(plan.child() + "-" + n, history.lastSequence() + 1, event);
        }
        return history;
    }
}
