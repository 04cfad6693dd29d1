package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events written by this version must be readable by the next. {@code pinned-store/v0.1.0.zip} is a data folder
 * written by version 0.1.0 (its MongoDB file, with the events sealed and hash-chained, and its master key; no Kafka
 * log): a later version opens it, refills the events topic from the store, and must give the same children's
 * histories, the same figures, and an intact chain. A version that changes how events are stored, serialised or
 * sealed keeps this test as it is and adds an upcaster or a reader for the old form (docs/operations.md, Upgrades).
 * <p>
 * The folder is made by {@link #writePinnedStore} ({@code -Dpinned.write=true}), once per released version.
 */
class PinnedStoreTest {

    static final Path PINNED = Path.of("src", "test", "resources", "pinned-store");
    static final String VERSION = "v0.1.0";
    static final List<String> CHILDREN = List.of("PIN-1", "PIN-2", "PIN-3");
    static final String AS_AT = "2025-03-31";

    @TempDir
    Path dataDir;

    @Test
    void givenADataFolderWrittenByVersion010_whenThisVersionOpensIt_thenEveryHistoryAndFigureReadsAsItWasWritten() throws IOException {
        unzip(PINNED.resolve(VERSION + ".zip"), dataDir);
        JsonNode expected = new ObjectMapper().readTree(PINNED.resolve(VERSION + "-expected.json").toFile());
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            for (String child : CHILDREN) {
                RunningLedger.Response history = ledger.as("auditor").get("/api/children/" + child + "/history");
                assertThat(history.status()).as(history.body()).isEqualTo(200);
                assertThat(stored(history.json())).as(child + "'s events as written").isEqualTo(expected.path("histories").path(child));
            }
            // The Kafka log was not kept, as when a data folder is restored from a backup of MongoDB alone: the
            // administrator refills the topic from the store (docs/operations.md) and the figures are built again.
            RunningLedger.Response refill = ledger.as("administrator").post("/api/admin/refill-events", "");
            assertThat(refill.status()).as(refill.body()).isEqualTo(202);
            ledger.as("manager").awaitJson("/api/measures?asAt=" + AS_AT,
                    n -> figures(n).equals(expected.path("figures")), Duration.ofSeconds(90));
            assertThat(ledger.as("auditor").get("/api/audit/verify").json().path("intact").asBoolean()).as("the hash chain").isTrue();
        }
    }

    /** Writes the pinned data folder and what it must read as; run once for a release, then committed. */
    @Test
    @EnabledIfSystemProperty(named = "pinned.write", matches = "true")
    void writePinnedStore() throws IOException {
        ObjectNode expected = new ObjectMapper().createObjectNode();
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            RunningLedger recorder = ledger.as("recorder");
            ok(recorder.post("/api/children/PIN-1/care", ChildRequests.startCare("2024-04-15")));
            ok(recorder.post("/api/children/PIN-1/placements", ChildRequests.moveToChildrensHome("2024-09-01")));
            ok(recorder.post("/api/children/PIN-1/placements/P2/cost", ChildRequests.costFrom("2024-10-01", "5100.00")));
            ok(recorder.post("/api/children/PIN-1/legal-status", "{\"date\": \"2024-11-04\", \"legalStatus\": \"E1\"}"));
            ok(recorder.post("/api/children/PIN-1/home-postcode", "{\"date\": \"2024-12-02\", \"homePostcode\": \"TQ4 7EA\"}"));
            ok(recorder.post("/api/children/PIN-2/care", ChildRequests.startCare("2024-06-01")));
            RunningLedger.Response raised = recorder.post("/api/children/PIN-2/placements/P1/cost", ChildRequests.costFrom("2024-08-01", "1200.00"));
            ok(raised);
            ok(recorder.post("/api/children/PIN-2/corrections", "{\"eventId\": \"" + raised.json().path("eventId").asText()
                    + "\", \"reason\": \"uplift was never agreed\", \"retract\": true}"));
            ok(recorder.post("/api/children/PIN-2/care/end", ChildRequests.ceaseCare("2025-02-20", "E4A")));
            ok(recorder.post("/api/children/PIN-3/care", ChildRequests.startCare("2023-05-10")));
            // PIN-1 and PIN-3 in care at the date; PIN-2 left.
            ledger.as("manager").awaitJson("/api/measures?asAt=" + AS_AT, n -> n.path("inCare").asLong() == 2, Duration.ofSeconds(60));
            ObjectNode histories = expected.putObject("histories");
            for (String child : CHILDREN) histories.set(child, stored(ledger.as("auditor").get("/api/children/" + child + "/history").json()));
            expected.set("figures", figures(ledger.as("manager").get("/api/measures?asAt=" + AS_AT).json()));
        }
        Files.createDirectories(PINNED);
        Files.writeString(PINNED.resolve(VERSION + "-expected.json"), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n");
        zip(dataDir, List.of("mongodb", "master.key"), PINNED.resolve(VERSION + ".zip"));
    }

    /** What the store holds of each event, as the history gives it: not the history's own presentation. */
    private static JsonNode stored(JsonNode history) {
        ArrayNode out = new ObjectMapper().createArrayNode();
        for (JsonNode event : history.path("events")) {
            ObjectNode e = out.addObject();
            for (String field : List.of("eventId", "sequence", "recordedAt", "recordedBy", "type", "event")) {
                if (event.has(field)) e.set(field, event.get(field));
            }
        }
        return out;
    }

    private static JsonNode figures(JsonNode measures) {
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.set("inCare", measures.path("inCare"));
        out.set("weeklyTotal", measures.path("spend").path("weeklyTotal"));
        out.set("yearToDate", measures.path("spend").path("yearToDate"));
        out.set("byPlacementType", measures.path("byPlacementType"));
        out.set("byLegalStatus", measures.path("byLegalStatus"));
        return out;
    }

    private static void ok(RunningLedger.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static void zip(Path folder, List<String> names, Path to) throws IOException {
        try (OutputStream file = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : names) {
                try (Stream<Path> paths = Files.walk(folder.resolve(name))) {
                    for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                        zip.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                        Files.copy(p, zip);
                        zip.closeEntry();
                    }
                }
            }
        }
    }

    private static void unzip(Path zipFile, Path into) throws IOException {
        try (InputStream file = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) throw new IOException("entry outside the folder: " + entry.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        }
    }
}
