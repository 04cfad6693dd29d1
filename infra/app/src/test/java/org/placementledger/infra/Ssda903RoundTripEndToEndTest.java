package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.events.ssda903.Columns;
import org.placementledger.events.ssda903.CsvReader;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;
import org.placementledger.events.ssda903.ReturnFile;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five sample returns imported over HTTP into the embedded stack, year after year, then every year
 * exported as the record stood after its import: every accepted row comes back identical, every rejected row
 * is in the report with its reason, and importing a return again records nothing.
 */
class Ssda903RoundTripEndToEndTest {

    private static final Path SAMPLES = locate();
    private static final Duration IMPORT = Duration.ofMinutes(3);

    @TempDir
    Path dataDir;

    @Test
    void five_years_imported_then_exported_give_back_every_accepted_row_and_report_every_rejected_one() throws Exception {
        Map<Integer, Instant> importedAt = new LinkedHashMap<>();
        Map<Integer, Set<String>> rejected = new HashMap<>();
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            for (int fileYear = 2017; fileYear <= 2021; fileYear++) {
                JsonNode done = importYear(ledger, fileYear);
                assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
                JsonNode progress = done.path("progress");
                assertThat(progress.path("rows").path("done").asLong()).isEqualTo(rows(fileYear, "episodes").size());
                importedAt.put(fileYear, Instant.now());
                Thread.sleep(5);

                JsonNode problems = ledger.get("/api/imports/" + done.path("id").asText() + "/problems").json();
                Set<String> out = new HashSet<>();
                Map<Long, String> reasonByLine = new HashMap<>();
                Set<String> withEpisodes = new HashSet<>();
                for (EpisodeRow row : rows(fileYear, "episodes")) withEpisodes.add(row.child());
                for (JsonNode p : problems) {
                    if (!"ERROR".equals(p.path("severity").asText())) continue;
                    // A child with header or UASC rows but no episode is checked too, and has nothing to refuse.
                    if (!withEpisodes.contains(p.path("child").asText())) continue;
                    out.add(p.path("child").asText());
                    assertThat(p.path("rule").asText()).isNotBlank();
                    assertThat(p.path("message").asText()).isNotBlank();
                    if (p.path("file").asText().equals(fileYear + "-episodes.csv")) reasonByLine.put(p.path("line").asLong(), p.path("rule").asText());
                }
                rejected.put(fileYear, out);
                for (EpisodeRow row : rows(fileYear, "episodes")) {
                    if (out.contains(row.child())) {
                        assertThat(reasonByLine).as("rejected row %d of %s", row.line(), fileYear).containsKey(row.line());
                    }
                }
                assertThat(progress.path("children").path("rejected").asLong()).isEqualTo(out.size());
                assertThat(progress.path("children").path("recorded").asLong()).as("children taken in from %s", fileYear).isPositive();
            }

            JsonNode again = importYear(ledger, 2021);
            assertThat(again.path("progress").path("eventsRecorded").asLong()).as("the same return twice").isZero();
            assertThat(again.path("progress").path("children").path("recorded").asLong()).isZero();

            for (int fileYear = 2017; fileYear <= 2021; fileYear++) {
                String at = importedAt.get(fileYear).toString();
                RunningLedger.Response episodes = ledger.get("/api/exports/ssda903?year=" + (fileYear + 1) + "&file=episodes&asKnownAt=" + at);
                assertThat(episodes.status()).as(episodes.body()).isEqualTo(200);
                Set<EpisodeRow> exported = new HashSet<>();
                readCsv(episodes.body(), EpisodeRow.COLUMNS, (c, r) -> exported.add(EpisodeRow.read(c, r).content()));
                int compared = 0;
                for (EpisodeRow sent : rows(fileYear, "episodes")) {
                    if (rejected.get(fileYear).contains(sent.child())) continue;
                    assertThat(exported).as("row %d of %s-episodes.csv", sent.line(), fileYear).contains(sent.content());
                    compared++;
                }
                assertThat(compared).isPositive();
                System.out.printf("%d-episodes.csv: %d rows of children taken in come back unchanged%n", fileYear, compared);
                RunningLedger.Response header = ledger.get("/api/exports/ssda903?year=" + (fileYear + 1) + "&file=header&asKnownAt=" + at);
                Set<HeaderRow> exportedHeader = new HashSet<>();
                readCsv(header.body(), HeaderRow.COLUMNS, (c, r) -> exportedHeader.add(HeaderRow.read(c, r).content()));
                Set<String> sentChildren = new HashSet<>();
                for (EpisodeRow r : rows(fileYear, "episodes")) sentChildren.add(r.child());
                for (HeaderRow h : headerRows(fileYear)) {
                    if (!sentChildren.contains(h.child()) || rejected.get(fileYear).contains(h.child())) continue;
                    assertThat(exportedHeader).as("header row %d of %s", h.line(), fileYear).contains(h.content());
                }
            }
            // The figures and the return are two readings of the same events: the children in care on 31 March 2020.
            RunningLedger.Response now = ledger.get("/api/exports/ssda903?year=2020&file=episodes");
            Set<String> inCare = new HashSet<>();
            readCsv(now.body(), EpisodeRow.COLUMNS, (c, r) -> {
                EpisodeRow e = EpisodeRow.read(c, r);
                boolean shortBreaks = e.ls().equals("V3") || e.ls().equals("V4");
                if (e.dec().isEmpty() && !shortBreaks) inCare.add(e.child());
            });
            assertThat(inCare).isNotEmpty();
            ledger.awaitJson("/api/measures?asAt=2020-03-31", n -> n.path("inCare").asLong() == inCare.size(), Duration.ofSeconds(60));

            RunningLedger.Response bad = ledger.get("/api/exports/ssda903?year=twenty");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("year");
        }
    }

    @Test
    void a_return_that_cannot_be_read_is_refused_naming_the_field_or_the_file_and_line_and_nothing_is_recorded() throws Exception {
        Path episodes = dataDir.resolveSibling(dataDir.getFileName() + "-files");
        Files.createDirectories(episodes);
        Path noDecom = Files.writeString(episodes.resolve("no-decom.csv"), "CHILD,RNE,LS\n1,S,C1\n");
        Path unclosed = Files.writeString(episodes.resolve("unclosed.csv"),
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                        + "7,01/05/2023,S,C2,N1,U4,PR1,,,,TQ1 3AB,TQ2 5AA,1\n"
                        + "8,\"01/05/2023,S,C2,N1,U4,PR1,,,,TQ1 3AB,TQ2 5AA,1\n");
        Path header = Files.writeString(episodes.resolve("header.csv"), "CHILD,SEX,DOB\n7,1,01/01/2015\n8,2,01/01/2016\n");
        Path tooLong = Files.writeString(episodes.resolve("too-long.csv"),
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                        + "7,01/05/2023,S,C2,N1,U4,PR1,,,,TQ1 3AB,TQ2 5AA,1\n".repeat(4));
        // Files of at most three rows, so that a fourth is refused.
        try (RunningLedger ledger = RunningLedger.start(dataDir, "placement-ledger.import.max-rows=3")) {
            JsonNode over = awaitImport(ledger, ledger.postFiles("/api/imports/ssda903?year=2024", Map.of("episodes", tooLong, "header", header)));
            assertThat(over.path("status").asText()).isEqualTo("FAILED");
            assertThat(over.path("failure").path("line").asLong()).as("the first row beyond the limit").isEqualTo(5);
            assertThat(over.path("failure").path("reason").asText()).contains("more than 3 rows");

            RunningLedger.Response noYear = ledger.postFiles("/api/imports/ssda903", Map.of("episodes", unclosed, "header", header));
            assertThat(noYear.status()).isEqualTo(400);
            assertThat(noYear.json().path("errors").get(0).path("field").asText()).isEqualTo("year");

            RunningLedger.Response noHeader = ledger.postFiles("/api/imports/ssda903?year=2024", Map.of("episodes", unclosed));
            assertThat(noHeader.status()).isEqualTo(400);
            assertThat(noHeader.body()).contains("\"field\":\"header\"");

            JsonNode missingColumn = awaitImport(ledger, ledger.postFiles("/api/imports/ssda903?year=2024",
                    Map.of("episodes", noDecom, "header", header)));
            assertThat(missingColumn.path("status").asText()).isEqualTo("FAILED");
            assertThat(missingColumn.path("failure").path("file").asText()).isEqualTo("no-decom.csv");
            assertThat(missingColumn.path("failure").path("line").asLong()).isEqualTo(1);
            assertThat(missingColumn.path("failure").path("reason").asText()).contains("DECOM");

            JsonNode badQuote = awaitImport(ledger, ledger.postFiles("/api/imports/ssda903?year=2024",
                    Map.of("episodes", unclosed, "header", header)));
            assertThat(badQuote.path("status").asText()).isEqualTo("FAILED");
            assertThat(badQuote.path("failure").path("line").asLong()).isEqualTo(3);
            assertThat(ledger.get("/api/children/7/history").status()).as("nothing of a refused file is recorded").isEqualTo(404);

            // A return saved by a Windows spreadsheet (not UTF-8) reads as Windows-1252. A header row repeated is reported
            // (and is DfE's INT32), as is a child in the header with no episode.
            Path windowsEpisodes = episodes.resolve("windows-episodes.csv");
            Files.write(windowsEpisodes, ("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                    + "W3,01/05/2023,S,C2,N1,U4,PR1,,,,TQ1 3AB,TQ2 5AA,SC\u00a31\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
            Path windowsHeader = episodes.resolve("windows-header.csv");
            Files.write(windowsHeader, ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nW1,1,01/01/2015,WBRI,A123456789012,,\nW1,1,01/01/2015,WBRI,A123456789012,,\n"
                    + "W3,1,01/01/2015,WBRI,A123456789012,,\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
            JsonNode windows = awaitImport(ledger, ledger.postFiles("/api/imports/ssda903?year=2024",
                    Map.of("episodes", windowsEpisodes, "header", windowsHeader)));
            assertThat(windows.path("status").asText()).as(windows.toString()).isEqualTo("DONE");
            assertThat(windows.path("progress").path("children").path("recorded").asLong()).isEqualTo(1);
            JsonNode windowsProblems = ledger.get("/api/imports/" + windows.path("id").asText() + "/problems").json();
            assertThat(windowsProblems.findValuesAsText("rule")).contains("INT32", "HEADER_REPEATED", "HEADER_WITHOUT_EPISODES");
            assertThat(ledger.get("/api/exports/ssda903?year=2024&file=episodes").body()).contains("W3,01/05/2023,S,C2,N1,U4,PR1,,,,TQ1 3AB,TQ2 5AA,SC\u00a31");

            RunningLedger.Response unknown = ledger.get("/api/imports/no-such-import");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.body()).contains("There is no import no-such-import");
            assertThat(ledger.get("/api/imports/no-such-import/problems.csv").status()).isEqualTo(404);
            RunningLedger.Response csv = ledger.get("/api/imports/" + badQuote.path("id").asText() + "/problems.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.body()).startsWith("file,line,child,rule,severity,message");
        }
    }

    @Test
    void a_whole_return_of_every_file_imported_comes_back_row_for_row_in_every_file_and_a_second_import_records_nothing() throws Exception {
        Path folder = SAMPLES.resolve("whole-return");
        Map<String, Path> files = new LinkedHashMap<>();
        for (ReturnFile f : ReturnFile.values()) files.put(f.part(), folder.resolve("2023-" + f.defaultName()));
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            // The year before: the care leaver's last period of care, which his OC3 row of 2023-24 follows.
            RunningLedger.Response before = ledger.postFiles("/api/imports/ssda903?year=2023",
                    Map.of("episodes", folder.resolve("2022-episodes.csv"), "header", folder.resolve("2022-header.csv")));
            JsonNode beforeDone = ledger.awaitJson("/api/imports/" + before.json().path("id").asText(),
                    n -> !"RUNNING".equals(n.path("status").asText()), IMPORT);
            assertThat(beforeDone.path("progress").path("children").path("recorded").asLong()).as(beforeDone.toString()).isEqualTo(1);

            RunningLedger.Response started = ledger.postFiles("/api/imports/ssda903?year=2024", files, "X-Recorded-By", "performance-team");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            JsonNode done = ledger.awaitJson("/api/imports/" + started.json().path("id").asText(),
                    n -> !"RUNNING".equals(n.path("status").asText()), IMPORT);
            assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
            JsonNode problems = ledger.get("/api/imports/" + done.path("id").asText() + "/problems").json();
            assertThat(problems.findValuesAsText("severity")).as(problems.toString()).doesNotContain("ERROR");
            assertThat(done.path("progress").path("children").path("recorded").asLong()).as("the three with episodes").isEqualTo(3);

            for (ReturnFile f : ReturnFile.values()) {
                List<List<String>> sent = new ArrayList<>();
                readCsv(Files.readString(folder.resolve("2023-" + f.defaultName())), f.columns(), (c, r) -> sent.add(fieldsOf(f, c, r)));
                RunningLedger.Response exported = ledger.get("/api/exports/ssda903?year=2024&file=" + f.part());
                if (f == ReturnFile.UASC) {
                    assertThat(exported.status()).as("the UASC file is checked, not kept").isEqualTo(400);
                    continue;
                }
                assertThat(exported.status()).as(f + ": " + exported.body()).isEqualTo(200);
                List<List<String>> back = new ArrayList<>();
                readCsv(exported.body(), f.columns(), (c, r) -> back.add(fieldsOf(f, c, r)));
                assertThat(back).as("%s written back", f.defaultName()).containsExactlyInAnyOrderElementsOf(sent);
                System.out.printf("whole return, %s: %d rows back as sent%n", f.defaultName(), sent.size());
            }
            RunningLedger.Response zip = ledger.get("/api/exports/ssda903?year=2024");
            assertThat(zip.status()).isEqualTo(200);

            RunningLedger.Response again = ledger.postFiles("/api/imports/ssda903?year=2024", files, "X-Recorded-By", "performance-team");
            JsonNode second = ledger.awaitJson("/api/imports/" + again.json().path("id").asText(), n -> !"RUNNING".equals(n.path("status").asText()), IMPORT);
            assertThat(second.path("progress").path("eventsRecorded").asLong()).as("the same return twice").isZero();
            assertThat(second.path("progress").path("children").path("unchanged").asLong()).isEqualTo(3);
            assertThat(ledger.get("/api/children/C104/history").body()).as("the care leaver's OC3 row kept in his record").contains("ReturnRowsRecorded");

            RunningLedger.Response unknown = ledger.postFiles("/api/imports/ssda903?year=2024",
                    Map.of("episodes", files.get("episodes"), "header", files.get("header"), "reviews", files.get("oc2")));
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body()).contains("reviews", "is not a file this import takes");
        }
    }

    /** A row's fields in DfE's columns, those the file names and nothing else (the export adds PL_DISTANCE to episodes). */
    private static List<String> fieldsOf(ReturnFile f, Columns c, CsvReader.Record r) {
        List<String> out = new ArrayList<>();
        for (String column : f.columns()) out.add(c.get(r, column));
        return out;
    }

    private JsonNode awaitImport(RunningLedger ledger, RunningLedger.Response started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().path("id").asText();
        return ledger.awaitJson("/api/imports/" + id, n -> !"RUNNING".equals(n.path("status").asText()), IMPORT);
    }

    private JsonNode importYear(RunningLedger ledger, int fileYear) {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("episodes", SAMPLES.resolve(fileYear + "-episodes.csv"));
        files.put("header", SAMPLES.resolve(fileYear + "-header.csv"));
        files.put("uasc", SAMPLES.resolve(fileYear + "-uasc.csv"));
        RunningLedger.Response started = ledger.postFiles("/api/imports/ssda903?year=" + (fileYear + 1), files, "X-Recorded-By", "performance-team");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().path("id").asText();
        return ledger.awaitJson("/api/imports/" + id, n -> !"RUNNING".equals(n.path("status").asText()), IMPORT);
    }

    private static List<EpisodeRow> rows(int fileYear, String kind) throws IOException {
        List<EpisodeRow> out = new ArrayList<>();
        readCsv(Files.readString(SAMPLES.resolve(fileYear + "-" + kind + ".csv")), EpisodeRow.COLUMNS, (c, r) -> out.add(EpisodeRow.read(c, r)));
        return out;
    }

    private static List<HeaderRow> headerRows(int fileYear) throws IOException {
        List<HeaderRow> out = new ArrayList<>();
        readCsv(Files.readString(SAMPLES.resolve(fileYear + "-header.csv")), HeaderRow.COLUMNS, (c, r) -> out.add(HeaderRow.read(c, r)));
        return out;
    }

    private interface RowSink {
        void accept(Columns columns, CsvReader.Record record);
    }

    private static void readCsv(String text, List<String> required, RowSink sink) {
        try (CsvReader csv = new CsvReader(new StringReader(text))) {
            Columns columns = Columns.of(csv.next(), required);
            for (CsvReader.Record r = csv.next(); r != null; r = csv.next()) sink.accept(columns, r);
        }
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples/ssda903");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("samples/ssda903 is not found above " + Path.of("").toAbsolutePath());
    }
}
