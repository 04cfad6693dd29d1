package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded defaults' backup, as docs/operations.md tells it: stop the application, copy its data folder
 * (MongoDB's file, the Kafka log, the Streams state, the master key, the users), start it again. A copy restored
 * later, after more was recorded, gives the ledger as it was when the copy was made: the same figures, the same
 * histories, an intact hash chain, health UP with nothing missing, and it records again.
 */
class DataFolderRestoreTest {

    private static final String AS_AT = "2026-03-31";

    @TempDir
    Path live;
    @TempDir
    Path backup;

    @Test
    void a_data_folder_copied_while_stopped_and_restored_after_more_was_recorded_gives_the_figures_as_they_were_at_the_copy() throws Exception {
        JsonNode figuresAtBackup;
        JsonNode historyAtBackup;
        try (RunningLedger ledger = RunningLedger.start(live, "placement-ledger.demo.load=true")) {
            // The demo council, a few hundred children, recorded at start.
            ledger.as("manager").awaitJson("/api/measures?asAt=" + AS_AT, n -> n.path("inCare").asLong() > 100, Duration.ofSeconds(120));
            ledger.awaitProjectionsCaughtUp(Duration.ofSeconds(120));
            assertThat(ledger.as("recorder").post("/api/children/RESTORE-1/care", ChildRequests.startCare("2025-06-02")).status()).isEqualTo(200);
            // As a user who may see children's ids (the tester); a manager sees pseudonyms.
            ledger.awaitJson("/api/measures/members?measure=inCare&asAt=" + AS_AT,
                    n -> n.toString().contains("\"RESTORE-1\""), Duration.ofSeconds(60));
            figuresAtBackup = ledger.as("manager").get("/api/measures?asAt=" + AS_AT).json();
            historyAtBackup = ledger.as("auditor").get("/api/children/RESTORE-1/history").json().path("events");
        }
        copy(live, backup);

        try (RunningLedger ledger = RunningLedger.start(live)) {
            // Recorded after the backup: the restored copy must not have it.
            assertThat(ledger.as("recorder").post("/api/children/AFTER-BACKUP/care", ChildRequests.startCare("2025-07-01")).status()).isEqualTo(200);
            ledger.as("manager").awaitJson("/api/measures?asAt=" + AS_AT,
                    n -> n.path("inCare").asLong() == figuresAtBackup.path("inCare").asLong() + 1, Duration.ofSeconds(60));
        }

        try (RunningLedger restored = RunningLedger.startWithoutWaiting(backup)) {
            // From the moment it answers: never short figures, and never UP before they hold every child.
            long started = System.nanoTime();
            long deadline = started + Duration.ofSeconds(90).toNanos();
            int loadingAnswers = 0;
            while (true) {
                RunningLedger.Response health = restored.anonymous().get("/actuator/health");
                RunningLedger.Response figures = restored.as("manager").get("/api/measures?asAt=" + AS_AT);
                if (figures.status() == 503) {
                    loadingAnswers++;
                    assertThat(figures.json().path("type").asText()).isEqualTo("/problems/figures-loading");
                    assertThat(health.body()).as("health while the figures load").doesNotContain("\"status\":\"UP\"");
                } else {
                    assertThat(figures.status()).as(figures.body()).isEqualTo(200);
                    assertThat(figures.json()).as("the first figures served after the restore").isEqualTo(figuresAtBackup);
                    if (health.body().contains("\"status\":\"UP\"")) break;
                }
                assertThat(System.nanoTime()).as("UP within 90 s (%d answers while loading)", loadingAnswers).isLessThan(deadline);
                Thread.sleep(50);
            }
            System.out.printf("[restore] %d answers of 503 while the figures loaded; UP with the figures of the backup %d ms after the first answer%n",
                    loadingAnswers, (System.nanoTime() - started) / 1_000_000);
            assertThat(restored.as("manager").get("/api/measures?asAt=" + AS_AT).json())
                    .as("the figures as they were at the backup").isEqualTo(figuresAtBackup);
            assertThat(restored.as("auditor").get("/api/children/RESTORE-1/history").json().path("events")).isEqualTo(historyAtBackup);
            assertThat(restored.as("auditor").get("/api/children/AFTER-BACKUP/history").status()).isEqualTo(404);
            assertThat(restored.as("auditor").get("/api/audit/verify").json().path("intact").asBoolean()).as("the hash chain").isTrue();
            var reconciliation = restored.as("administrator").post("/api/admin/reconciliation", "");
            assertThat(reconciliation.status()).as(reconciliation.body()).isEqualTo(200);
            assertThat(reconciliation.json().path("behindCount").asInt(-1)).as("children with events missing from the figures").isZero();
            assertThat(reconciliation.json().path("aheadCount").asInt(-1)).as("children whose figures are ahead of the store").isZero();
            assertThat(reconciliation.json().path("storeChildren").asInt()).isEqualTo(reconciliation.json().path("projectedChildren").asInt());

            assertThat(restored.as("recorder").post("/api/children/AFTER-RESTORE/care", ChildRequests.startCare("2025-08-04")).status()).isEqualTo(200);
            restored.as("manager").awaitJson("/api/measures?asAt=" + AS_AT,
                    n -> n.path("inCare").asLong() == figuresAtBackup.path("inCare").asLong() + 1, Duration.ofSeconds(60));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
