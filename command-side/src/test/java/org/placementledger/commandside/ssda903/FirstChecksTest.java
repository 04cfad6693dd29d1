package org.placementledger.commandside.ssda903;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DfE rules of the import's first checks (those that decide whether rows can become a history at all), each
 * with a child it accepts and the same child with the one thing the rule refuses. docs/ssda903-rules.md lists them.
 */
class FirstChecksTest {

    private static final ReportingYear Y2023 = new ReportingYear(2023);
    private static final HeaderRow HEADER = new HeaderRow(2, "C1", "1", "14/02/2010", "WBRI", "A123456789012", "", "");

    /** An open episode begun 1 June 2023, with these fields changed (column, value pairs). */
    private static EpisodeRow episode(long line, String... changes) {
        String[] f = {"C1", "01/06/2023", "S", "C2", "N1", "U4", "PR1", "", "", "", "TQ1 3AB", "TQ2 5AA", "XXXXXXX"};
        List<String> columns = EpisodeRow.COLUMNS;
        for (int i = 0; i < changes.length; i += 2) f[columns.indexOf(changes[i])] = changes[i + 1];
        return new EpisodeRow(line, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12]);
    }

    private static HeaderRow header(String sex, String dob, String ethnic) {
        return new HeaderRow(2, "C1", sex, dob, ethnic, "A123456789012", "", "");
    }

    record Case(String rule, String scenario, ReportingYear year, HeaderRow header, List<EpisodeRow> passing, List<EpisodeRow> failing,
                HeaderRow failingHeader, boolean warning) {
        @Override
        public String toString() {
            return rule + ": " + scenario;
        }
    }

    private static Case rows(String rule, String scenario, List<EpisodeRow> passing, List<EpisodeRow> failing) {
        return new Case(rule, scenario, Y2023, HEADER, passing, failing, HEADER, false);
    }

    private static Case headerCase(String rule, String scenario, HeaderRow failing) {
        return new Case(rule, scenario, Y2023, HEADER, List.of(episode(2)), List.of(episode(2)), failing, false);
    }

    private static final EpisodeRow MOVED = episode(2, "DEC", "01/09/2023", "REC", "X1", "REASON_PLACE_CHANGE", "CARPL");
    private static final EpisodeRow NEXT = episode(3, "DECOM", "01/09/2023", "RNE", "P", "PLACE", "U6", "PLACE_PROVIDER", "PR4", "PL_POST", "EX4 3PL");

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        List<EpisodeRow> one = List.of(episode(2));
        List<EpisodeRow> move = List.of(MOVED, NEXT);
        c.add(headerCase("101", "SEX not a code", header("X", "14/02/2010", "WBRI")));
        c.add(headerCase("102", "DOB not a date", header("1", "31/02/2010", "WBRI")));
        c.add(headerCase("103", "ETHNIC not a code", header("1", "14/02/2010", "ZZZZ")));
        c.add(headerCase("301", "born after the year ended", header("1", "01/05/2024", "WBRI")));
        c.add(new Case("INT03", "a child with episodes and no header row", Y2023, HEADER, one, one, null, false));
        c.add(rows("141", "DECOM blank", one, List.of(episode(2, "DECOM", ""))));
        c.add(rows("142", "a second episode begins while the first is open", move, List.of(episode(2), NEXT)));
        c.add(rows("143", "RNE not a code", one, List.of(episode(2, "RNE", "Q"))));
        c.add(rows("144", "LS not a code", one, List.of(episode(2, "LS", "Z9"))));
        c.add(rows("145", "CIN not a code", one, List.of(episode(2, "CIN", "N9"))));
        c.add(rows("146", "PLACE not a code", one, List.of(episode(2, "PLACE", "Q1"))));
        c.add(rows("147", "DEC not a date", List.of(episode(2, "DEC", "01/02/2024", "REC", "E8")), List.of(episode(2, "DEC", "32/01/2024", "REC", "E8"))));
        c.add(rows("148", "DEC without REC", List.of(episode(2, "DEC", "01/02/2024", "REC", "E8")), List.of(episode(2, "DEC", "01/02/2024"))));
        c.add(rows("149", "REC not a code", List.of(episode(2, "DEC", "01/02/2024", "REC", "E8")), List.of(episode(2, "DEC", "01/02/2024", "REC", "E99"))));
        c.add(rows("178", "PLACE_PROVIDER not a code", one, List.of(episode(2, "PLACE_PROVIDER", "PR9"))));
        c.add(rows("1009", "REASON_PLACE_CHANGE not a code", move, List.of(episode(2, "DEC", "01/09/2023", "REC", "X1", "REASON_PLACE_CHANGE", "XYZ"), NEXT)));
        c.add(rows("213", "a provider for a temporary placement", List.of(MOVED, episode(3, "DECOM", "01/09/2023", "RNE", "P", "PLACE", "T1", "PLACE_PROVIDER", "", "URN", "")),
                List.of(MOVED, episode(3, "DECOM", "01/09/2023", "RNE", "P", "PLACE", "T1", "URN", ""))));
        c.add(new Case("225", "a move to a new placement with no reason (a warning)", Y2023, HEADER, move,
                List.of(episode(2, "DEC", "01/09/2023", "REC", "X1"), NEXT), HEADER, true));
        c.add(new Case("233", "a reason on an open episode, in 2025-26", new ReportingYear(2025), header("M", "14/02/2010", "WBRI"),
                List.of(episode(2, "DECOM", "01/06/2025")), List.of(episode(2, "DECOM", "01/06/2025", "REASON_PLACE_CHANGE", "CARPL")),
                header("M", "14/02/2010", "WBRI"), false));
        c.add(rows("302", "care begins before birth", one, List.of(episode(2, "DECOM", "01/01/2009"))));
        c.add(rows("354", "DECOM after the year end", one, List.of(episode(2, "DECOM", "01/04/2024"))));
        c.add(rows("356", "DEC before DECOM", List.of(episode(2, "DEC", "01/02/2024", "REC", "E8")), List.of(episode(2, "DEC", "01/05/2023", "REC", "E8"))));
        c.add(rows("385", "DEC after the year end", List.of(episode(2, "DEC", "31/03/2024", "REC", "E8")), List.of(episode(2, "DEC", "01/04/2024", "REC", "E8"))));
        c.add(rows("388", "X1 with no episode beginning that day", move, List.of(MOVED)));
        c.add(rows("431", "RNE S after an X1 the same day", move, List.of(MOVED, episode(3, "DECOM", "01/09/2023", "RNE", "S", "PLACE", "U6", "PLACE_PROVIDER", "PR4"))));
        c.add(rows("432", "care ceased, and the next episode is not S", List.of(episode(2, "DEC", "01/09/2023", "REC", "E8"),
                episode(3, "DECOM", "01/10/2023")), List.of(episode(2, "DEC", "01/09/2023", "REC", "E8"), episode(3, "DECOM", "01/10/2023", "RNE", "P"))));
        c.add(rows("433", "a continuing episode begins a day late", move, List.of(MOVED, episode(3, "DECOM", "02/09/2023", "RNE", "P", "PLACE", "U6",
                "PLACE_PROVIDER", "PR4", "PL_POST", "EX4 3PL"))));
        c.add(rows("434", "RNE L, and the placement changed", List.of(episode(2, "DEC", "01/09/2023", "REC", "X1"), episode(3, "DECOM", "01/09/2023", "RNE", "L", "LS", "C1")),
                List.of(episode(2, "DEC", "01/09/2023", "REC", "X1"), episode(3, "DECOM", "01/09/2023", "RNE", "L", "LS", "C1", "PLACE", "U6", "PLACE_PROVIDER", "PR4", "PL_POST", "EX4 3PL"))));
        c.add(rows("435", "RNE P, and the legal status changed", move, List.of(MOVED, episode(3, "DECOM", "01/09/2023", "RNE", "P", "LS", "C1", "PLACE", "U6",
                "PLACE_PROVIDER", "PR4", "PL_POST", "EX4 3PL"))));
        c.add(rows("436", "RNE B, and the legal status did not change", List.of(MOVED, episode(3, "DECOM", "01/09/2023", "RNE", "B", "LS", "C1", "PLACE", "U6",
                "PLACE_PROVIDER", "PR4", "PL_POST", "EX4 3PL")), List.of(MOVED, episode(3, "DECOM", "01/09/2023", "RNE", "B", "PLACE", "U6", "PLACE_PROVIDER", "PR4", "PL_POST", "EX4 3PL"))));
        c.add(rows("501", "an episode begins before the one before it ended", move, List.of(MOVED, episode(3, "DECOM", "01/08/2023", "RNE", "P", "PLACE", "U6",
                "PLACE_PROVIDER", "PR4", "PL_POST", "EX4 3PL"))));
        c.add(rows("526", "no provider for a foster placement", one, List.of(episode(2, "PLACE_PROVIDER", ""))));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_first_check_accepts_its_child_and_finds_the_one_thing_it_refuses(Case c) {
        EpisodeChecks checks = new EpisodeChecks(ImportFiles.DEFAULT, c.year());
        List<Problem> passing = checks.check("C1", c.passing(), c.header()).problems();
        List<Problem> failing = checks.check("C1", c.failing(), c.failingHeader()).problems();
        assertThat(passing).as("the passing child of " + c).noneMatch(p -> p.rule().equals(c.rule()));
        assertThat(failing).as("the failing child of " + c).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(c.rule());
            assertThat(p.isError()).isEqualTo(!c.warning());
        });
    }

    @org.junit.jupiter.api.Test
    void every_first_check_the_rules_list_names_has_a_scenario_here() throws Exception {
        java.util.Set<String> listed = new java.util.TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "docs", "ssda903-rules.md"))) {
            if (line.startsWith("| ") && line.contains("the import's first checks")) listed.add(line.split("\\|")[1].trim());
        }
        java.util.Set<String> covered = new java.util.TreeSet<>(cases().map(Case::rule).toList());
        assertThat(listed).isNotEmpty();
        assertThat(covered).containsAll(listed);
    }
}
