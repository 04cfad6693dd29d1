package org.placementledger.commandside.ssda903;

import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.ssda903.rules.Row;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.ssda903.Columns;
import org.placementledger.events.ssda903.CsvReader;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;
import org.placementledger.events.ssda903.ReturnFile;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample of a whole return (samples/ssda903/whole-return: every file of the 903, for four children of
 * 2023-24) is one DfE's rules accept: the sample a council can try the import on, and the one the round trip of
 * every file is tested with.
 */
class WholeReturnSampleTest {

    static final Path FOLDER = Path.of("..", "samples", "ssda903", "whole-return");

    static Map<String, Map<ReturnFile, List<Row>>> rowsByChild() throws Exception {
        Map<String, Map<ReturnFile, List<Row>>> out = new LinkedHashMap<>();
        for (ReturnFile file : ReturnFile.values()) {
            Path path = FOLDER.resolve("2023-" + file.defaultName());
            try (Reader in = Files.newBufferedReader(path); CsvReader csv = new CsvReader(in)) {
                Columns columns = Columns.of(csv.next(), file.columns());
                for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) {
                    List<String> values = new ArrayList<>();
                    for (String c : file.columns()) values.add(columns.get(r, c));
                    Row row = Row.of(file, r.line(), values);
                    out.computeIfAbsent(row.child(), k -> new EnumMap<>(ReturnFile.class)).computeIfAbsent(file, k -> new ArrayList<>()).add(row);
                }
            }
        }
        return out;
    }

    @Test
    void the_whole_return_sample_breaks_no_dfe_rule_and_every_child_is_taken_in_with_every_files_rows() throws Exception {
        ReportingYear year = new ReportingYear(2023);
        EpisodeChecks checks = new EpisodeChecks(ImportFiles.DEFAULT, year, EnumSet.allOf(ReturnFile.class));
        ImportPlanner planner = new ImportPlanner(ImportFiles.DEFAULT, year, LocalDate.of(2026, 12, 7), RecordLimits.DEFAULT);
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> kept = new HashMap<>();
        for (Map.Entry<String, Map<ReturnFile, List<Row>>> child : rowsByChild().entrySet()) {
            List<EpisodeRow> episodes = new ArrayList<>();
            for (Row r : child.getValue().getOrDefault(ReturnFile.EPISODES, List.of())) {
                List<String> f = ReturnFile.EPISODES.columns().stream().map(r::text).toList();
                episodes.add(new EpisodeRow(r.line(), f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8),
                        f.get(9), f.get(10), f.get(11), f.get(12)));
            }
            Row h = child.getValue().get(ReturnFile.HEADER).get(0);
            HeaderRow header = new HeaderRow(h.line(), h.child(), h.text("SEX"), h.text("DOB"), h.text("ETHNIC"), h.text("UPN"), h.text("MOTHER"),
                    h.text("MC_DOB"));
            CheckedChild checked = checks.check(child.getKey(), episodes, header, child.getValue(), EffectiveHistory.empty());
            ChildPlan plan = planner.plan(checked, List.of(), EffectiveHistory.empty());
            problems.addAll(plan.problems().stream().filter(Problem::isError).toList());
            kept.put(child.getKey(), (int) plan.events().stream().filter(e -> e instanceof org.placementledger.events.ReturnRowsRecorded).count());
        }
        assertThat(problems).as("DfE's rules on the whole-return sample").isEmpty();
        assertThat(kept).containsEntry("C101", 2).containsEntry("C102", 3).containsEntry("C103", 2);
    }
}
