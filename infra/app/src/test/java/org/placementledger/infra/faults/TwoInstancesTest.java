package org.placementledger.infra.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out: two application processes share one broker and one MongoDB (the standalone wire server), each with its
 * own data folder. They show the same figures; when one is killed the other takes over the relay and its stream tasks.
 */
class TwoInstancesTest {

    @TempDir
    Path folder;

    private final List<AutoCloseable> processes = new ArrayList<>();
    private KafkaBrokerProcess broker;
    private MongoProcess mongo;
    private final String masterKey = randomKey();

    @AfterEach
    void endProcesses() throws Exception {
        Collections.reverse(processes);
        for (AutoCloseable p : processes) p.close();
    }

    private void startBrokerAndMongo(String name) {
        broker = KafkaBrokerProcess.started(name, folder.resolve("broker"));
        processes.add(broker);
        mongo = MongoProcess.start(name, folder.resolve("mongo"));
        processes.add(mongo);
    }

    private LedgerProcess instance(String name, String key) {
        LedgerProcess ledger = LedgerProcess.named(name, folder.resolve(name)).kafka(broker.bootstrapServers()).mongo(mongo.uri())
                .masterKey(key).build();
        processes.add(ledger);
        return ledger;
    }

    @Test
    void givenTwoInstances_whenAIsKilledMidLoad_thenBTakesOverAndCountsEveryAcknowledgedEventOnce(TestInfo test) {
        startBrokerAndMongo("two-instances");
        LedgerProcess a = instance("two-instances-A", masterKey).start();
        LedgerProcess b = instance("two-instances-B", masterKey).start();
        LedgerClient toA = a.client();
        LedgerClient toB = b.client();

        // Recorded through A, shown by B (and A): every instance reads every child's timeline.
        Recorder warm = new Recorder("VIA-A", () -> toA, 0, 1);
        for (int i = 0; i < 10; i++) warm.recordOne();
        assertThat(warm.acknowledged()).hasSize(10);
        Figures.awaitInCare(toB, 10, Duration.ofSeconds(120));
        Figures.awaitInCare(toA, 10, Duration.ofSeconds(60));
        assertThat(toA.get("/api/measures").json().path("byPlacementType"))
                .as("both instances show the same figures").isEqualTo(toB.get("/api/measures").json().path("byPlacementType"));

        // Recorders send to A until it dies, then to B, as a load balancer would after its health check.
        boolean[] aDown = {false};
        Recorder recorder = new Recorder("TWO", () -> aDown[0] ? toB : toA, 6, 2).start();
        Figures.sleep(8_000);
        a.kill();
        aDown[0] = true;
        java.time.LocalTime killedAt = java.time.LocalTime.now();
        Figures.sleep(25_000);
        recorder.stop();
        Instant recordingEnded = Instant.now();
        System.out.printf("[faults] relay workers started (log times): A %s, B %s; A killed at %s%n", relayClaims(a), relayClaims(b), killedAt);

        // The time printed runs from the last record (sent to B) to B's figures counting everything.
        Settlement.settle(test.getDisplayName(), b, broker, recordingEnded, false, warm, recorder);
        // Whichever held it before, the relay now runs in B: the only instance left relayed what A left unsent.
        assertThat(relayClaims(b)).as("B's log shows a kafka-relay worker").isNotEmpty();
        System.out.printf("[faults] relay after the kill: B %s%n", relayClaims(b));
    }

    @Test
    void givenAnInstanceWithAnotherMasterKey_whenItStartsAgainstTheSameDatabase_thenItRefusesToStart() {
        startBrokerAndMongo("other-master-key");
        LedgerProcess a = instance("other-master-key-A", masterKey).start();
        // A child recorded, so the database holds keys made under the first master key.
        assertThat(a.client().post("/api/children/KEY-1/care", Recorder.startCare(java.time.LocalDate.now().minusDays(10).toString())).status())
                .isEqualTo(200);

        LedgerProcess c = instance("other-master-key-C", randomKey()).launch();
        Integer exit = c.awaitExit(Duration.ofSeconds(150));
        assertThat(exit).as("the instance with another master key must exit by itself:\n" + String.join("\n", c.errorLines(20))).isNotNull();
        assertThat(exit).as("its exit status").isNotZero();
        String log = read(c.logFile());
        assertThat(log).as("the log names the setting to set").contains("placement-ledger.privacy.master-key");
        System.out.printf("%n[faults] instance with another master key exited with %d; its log says: %s%n%n", exit,
                log.lines().filter(l -> l.contains("give every instance the same")).findFirst()
                        .map(l -> l.substring(l.indexOf("the master key"))).orElse("?"));
    }

    @Test
    @Tag("benchmark")
    void recordedThroughA_visibleInBsMeasures_latency(TestInfo test) {
        startBrokerAndMongo("two-instances-latency");
        LedgerClient toA = instance("two-instances-latency-A", masterKey).start().client();
        LedgerClient toB = instance("two-instances-latency-B", masterKey).start().client();
        String start = java.time.LocalDate.now().minusDays(30).toString();
        assertThat(toA.post("/api/children/LAT-warm/care", Recorder.startCare(start)).status()).isEqualTo(200);
        Figures.awaitInCare(toB, 1, Duration.ofSeconds(120));
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            LedgerClient.Response r = toA.post("/api/children/LAT-" + i + "/care", Recorder.startCare(start));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            long expected = i + 2;
            long deadline = t0 + Duration.ofSeconds(60).toNanos();
            while (Figures.inCare(toB, "/api/measures") < expected) {
                assertThat(System.nanoTime()).as("child " + i + " visible in B within 60 s").isLessThan(deadline);
                Thread.onSpinWait();
                Figures.sleep(5);
            }
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%n[faults] %s: 200 children recorded through A, visible in B's /api/measures: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n%n",
                test.getDisplayName(), millis.get(99), millis.get(197), millis.get(199));
    }

    /** When the instance took the relay's segment: Axon logs each worker it starts for the kafka-relay processor. */
    private static List<String> relayClaims(LedgerProcess ledger) {
        return read(ledger.logFile()).lines().filter(l -> l.contains("processor=kafka-relay"))
                .map(l -> l.substring(0, Math.min(12, l.length()))).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
