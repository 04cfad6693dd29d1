package org.placementledger.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application itself fails: killed with -9 in the middle of recordings and of a 903 import, started while the
 * broker is away, and made to read its events twice. What it acknowledged reaches the figures once.
 */
class LedgerFaultsTest {

    @TempDir
    Path folder;

    private KafkaBrokerProcess broker;
    private LedgerProcess ledger;
    private Recorder recorder;

    @AfterEach
    void endProcesses() {
        if (recorder != null) recorder.stop();
        if (ledger != null) ledger.kill();
        if (broker != null) broker.kill();
    }

    private LedgerClient startBrokerAndLedger(String name) {
        broker = KafkaBrokerProcess.started(name, folder.resolve("broker"));
        ledger = LedgerProcess.named(name, folder.resolve("ledger")).kafka(broker.bootstrapServers()).build().start();
        return ledger.client();
    }

    @Test
    void givenApplicationKilledMidBurst_whenRestartedOnItsData_thenEveryAcknowledgedEventReachesTheFiguresOnce(TestInfo test) {
        LedgerClient client = startBrokerAndLedger("ledger-killed-mid-burst");
        recorder = new Recorder("BURST", () -> client, 0, 4);
        recorder.start();
        Figures.sleep(4_000);
        // Requests in flight are cut off: their children may or may not be stored, and are owed if they are.
        ledger.kill();
        recorder.stop();
        ledger.restart();
        Instant back = Instant.now();
        for (int i = 0; i < 10; i++) recorder.recordOne();
        Settlement.settle(test.getDisplayName(), ledger, broker, back, false, recorder);
    }

    @Test
    void givenApplicationKilledMidImport_whenRestarted_thenTheImportIsReportedFailed_andWhatItStoredReachesTheFigures_andImportingAgainCompletesIt(
            TestInfo test) throws Exception {
        LedgerClient client = startBrokerAndLedger("ledger-killed-mid-import");
        SyntheticReturn.Written files = SyntheticReturn.write(folder, 12_000, 903);
        Map<String, Path> upload = Map.of("episodes", files.episodes(), "header", files.header());
        LedgerClient.Response started = client.postFiles("/api/imports/ssda903?year=2024", upload);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String id = started.json().path("id").asText();

        // Killed once the import is recording: some children are stored, most are not yet.
        awaitUntil(Duration.ofSeconds(120), () -> {
            JsonNode progress = client.getAnswered("/api/imports/" + id).json();
            return progress.path("progress").path("rows").path("done").asLong() >= files.rows() / 10
                    || !"RUNNING".equals(progress.path("status").asText());
        });
        JsonNode before = client.getAnswered("/api/imports/" + id).json();
        assertThat(before.path("status").asText()).as("the import must still be running when it is cut off: " + before).isEqualTo("RUNNING");
        ledger.kill();
        ledger.restart();
        Instant back = Instant.now();

        // What a user sees: the import did not finish, and is not left "running" for ever; it says what to do.
        JsonNode after = client.getAnswered("/api/imports/" + id).json();
        assertThat(after.path("status").asText()).as(after.toString()).isEqualTo("FAILED");
        assertThat(after.path("failure").path("reason").asText()).as(after.toString()).contains("import the same files again");

        // What the interrupted import stored reaches the figures, child by child.
        JsonNode partly = awaitReconciled(client);
        Instant partlyCaughtUp = Instant.now();

        // Importing the same files again finishes the job, recording nothing twice.
        LedgerClient.Response again = client.postFiles("/api/imports/ssda903?year=2024", upload);
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        String againId = again.json().path("id").asText();
        JsonNode done = awaitImportEnd(client, againId);
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("DONE");
        JsonNode children = done.path("progress").path("children");
        assertThat(children.path("rejected").asLong()).as(done.toString()).isZero();
        assertThat(children.path("recorded").asLong() + children.path("unchanged").asLong()).as(done.toString()).isEqualTo(files.children());

        // The year end of the return: every child whose last episode is open is in care, and no other, once each.
        Duration took = awaitMeasure(client, "/api/measures?asAt=2024-03-31", files.openAtEnd(), Figures.CATCH_UP);
        JsonNode whole = awaitReconciled(client);
        System.out.printf("%n[faults] %s%n[faults]   import of %d rows, %d children (%d in care at 2024-03-31), killed at %s%n"
                        + "[faults]   after restart: import %s; reconciled %s (%.1f s after restart)%n"
                        + "[faults]   imported again: %s; figures at 2024-03-31 caught up %.1f s after it was done; %s%n%n",
                test.getDisplayName(), files.rows(), files.children(), files.openAtEnd(), before.path("progress"),
                after.path("status").asText(), partly == null ? "(no reconciliation endpoint)" : Figures.summary(partly),
                Duration.between(back, partlyCaughtUp).toMillis() / 1000.0, children, took.toMillis() / 1000.0,
                (whole == null ? "(no reconciliation endpoint)" : Figures.summary(whole)) + Settlement.repairs(ledger));
    }

    @Test
    void givenBrokerDownWhenTheApplicationStarts_whenTheBrokerComesUp_thenTheFiguresCatchUp(TestInfo test) {
        broker = KafkaBrokerProcess.prepare("ledger-starts-without-broker", folder.resolve("broker"));
        ledger = LedgerProcess.named("ledger-starts-without-broker", folder.resolve("ledger")).kafka(broker.bootstrapServers()).build();
        ledger.launch();
        boolean answering = ledger.awaitAnswering(Duration.ofSeconds(150));
        assertThat(answering).as("the application must start with its broker down (it exited instead):\n"
                + String.join("\n", ledger.errorLines(30))).isTrue();
        LedgerClient client = ledger.client();
        // While the broker is away a record is either taken (and owed) or refused with a 503 problem.
        recorder = new Recorder("NOBROKER", () -> client, 2, 1).start();
        Figures.sleep(10_000);
        broker.start();
        Instant back = Instant.now();
        Figures.sleep(5_000);
        recorder.stop();
        Settlement.settle(test.getDisplayName(), ledger, broker, back, true, recorder);
    }

    @Test
    void givenEventsDeliveredTwice_whenTheProjectionsReadThemAgain_thenEachChildIsCountedOnce(TestInfo test) {
        LedgerClient client = startBrokerAndLedger("ledger-duplicates");
        recorder = new Recorder("TWICE", () -> client, 0, 4);
        recorder.start();
        Figures.sleep(3_000);
        // Killed in the burst: the relay sends again what Kafka took but its token did not yet record.
        ledger.kill();
        recorder.stop();
        ledger.restart();
        Instant back = Instant.now();
        Settlement.settle(test.getDisplayName() + " (relay re-sends after kill -9)", ledger, broker, back, false, recorder);
        Map<String, Integer> perChild = EventsTopic.recordsPerChild(broker.bootstrapServers());
        long resentByRelay = perChild.values().stream().filter(n -> n > 1).count();

        // Every record on the topic delivered once more, with the same key and bytes, as a producer retry or a refill would.
        List<ConsumerRecord<String, byte[]>> all = EventsTopic.readAll(broker.bootstrapServers());
        EventsTopic.sendAgain(broker.bootstrapServers(), all);
        Instant resent = Instant.now();
        EventsTopic.awaitProjectionsRead(broker.bootstrapServers(), Figures.CATCH_UP);
        Settlement.settle(test.getDisplayName() + " (every record sent again)", ledger, broker, resent, false, recorder);
        System.out.printf("[faults]   the relay sent %d children's records more than once after the kill; then %d records were sent again%n%n",
                resentByRelay, all.size());
    }

    private static JsonNode awaitImportEnd(LedgerClient client, String id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = client.getAnswered("/api/imports/" + id).json();
            if (!"RUNNING".equals(last.path("status").asText())) return last;
            Figures.sleep(500);
        }
        throw new AssertionError("import " + id + " still running after 5 minutes: " + last);
    }

    /** Waits until the reconciliation finds every child's stored events in the projections; null without the endpoint. */
    private static JsonNode awaitReconciled(LedgerClient client) {
        JsonNode report = Figures.reconciliation(client);
        if (report == null) return null;
        report = Figures.awaitSettled(client, report);
        Figures.assertSettled(report);
        return report;
    }

    private static Duration awaitMeasure(LedgerClient client, String path, long expected, Duration timeout) {
        long start = System.nanoTime();
        long last = -1;
        while (System.nanoTime() - start < timeout.toNanos()) {
            last = Figures.inCare(client, path);
            if (last == expected) return Duration.ofNanos(System.nanoTime() - start);
            Figures.sleep(500);
        }
        throw new AssertionError(path + " did not count " + expected + " children in care within " + timeout + "; last seen " + last);
    }

    private static void awaitUntil(Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return;
            Figures.sleep(100);
        }
        throw new AssertionError("not reached within " + timeout);
    }
}
