package org.placementledger.infra.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The broker goes away under load, cleanly or by a kill, and comes back: the application keeps recording (the event
 * store needs no broker), and every acknowledged record reaches the figures once the broker is back, exactly once.
 */
class BrokerFaultsTest {

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

    private void startBrokerAndLedger(String name) {
        broker = KafkaBrokerProcess.started(name, folder.resolve("broker"));
        ledger = LedgerProcess.named(name, folder.resolve("ledger")).kafka(broker.bootstrapServers()).build().start();
    }

    @Test
    void givenBrokerStoppedForAMinute_whenRecordingGoesOn_thenEveryAcknowledgedEventReachesTheFigures(TestInfo test) {
        startBrokerAndLedger("broker-stopped");
        LedgerClient client = ledger.client();
        recorder = new Recorder("STOP", () -> client, 4, 1);
        warmUp(client);

        recorder.start();
        Figures.sleep(5_000);
        broker.stop();
        Figures.sleep(60_000);
        broker.start();
        Instant back = Instant.now();
        Figures.sleep(5_000);
        recorder.stop();

        settleAndReport(test, client, back);
    }

    @Test
    void givenBrokerKilledMidLoad_whenItIsRestarted_thenEveryAcknowledgedEventReachesTheFiguresOnce(TestInfo test) {
        startBrokerAndLedger("broker-killed");
        LedgerClient client = ledger.client();
        recorder = new Recorder("KILL", () -> client, 8, 2);
        warmUp(client);

        recorder.start();
        Figures.sleep(8_000);
        broker.kill();
        Figures.sleep(15_000);
        broker.restart();
        Instant back = Instant.now();
        Figures.sleep(5_000);
        recorder.stop();

        settleAndReport(test, client, back);
    }

    /** A few children first, so the projections are known to run before the fault. */
    private void warmUp(LedgerClient client) {
        for (int i = 0; i < 3; i++) recorder.recordOne();
        Figures.awaitInCare(client, 3, Duration.ofSeconds(90));
    }

    private void settleAndReport(TestInfo test, LedgerClient client, Instant faultEnded) {
        Settlement.settle(test.getDisplayName(), ledger, broker, faultEnded, true, recorder);
    }
}
