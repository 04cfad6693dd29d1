package org.placementledger.infra.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The longer variants, left out of the default suite (run with -Pbench): faults one after another under steady
 * recording, broker and application alternately killed, with no pause for the figures to settle in between.
 */
@Tag("benchmark")
class RepeatedFaultsBenchmark {

    private static final int ROUNDS = 4;

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

    @Test
    void givenBrokerAndApplicationKilledInTurnUnderLoad_whenAllIsBack_thenEveryAcknowledgedEventIsCountedOnce(TestInfo test) {
        broker = KafkaBrokerProcess.started("repeated", folder.resolve("broker"));
        ledger = LedgerProcess.named("repeated", folder.resolve("ledger")).kafka(broker.bootstrapServers()).build().start();
        LedgerClient client = ledger.client();
        recorder = new Recorder("REPEAT", () -> client, 6, 2).start();
        Instant lastBack = Instant.now();
        for (int round = 0; round < ROUNDS; round++) {
            Figures.sleep(6_000);
            if (round % 2 == 0) {
                broker.kill();
                Figures.sleep(10_000);
                broker.restart();
            } else {
                ledger.kill();
                Figures.sleep(2_000);
                ledger.restart();
            }
            lastBack = Instant.now();
        }
        Figures.sleep(5_000);
        recorder.stop();
        Settlement.settle(test.getDisplayName() + " (" + ROUNDS + " rounds)", ledger, broker, lastBack, false, recorder);
    }

    @Test
    void givenBrokerStoppedThreeTimesForAMinute_whenRecordingGoesOn_thenEveryAcknowledgedEventReachesTheFigures(TestInfo test) {
        broker = KafkaBrokerProcess.started("repeated-stops", folder.resolve("broker"));
        ledger = LedgerProcess.named("repeated-stops", folder.resolve("ledger")).kafka(broker.bootstrapServers()).build().start();
        LedgerClient client = ledger.client();
        recorder = new Recorder("STOPS", () -> client, 4, 1).start();
        Instant lastBack = Instant.now();
        for (int round = 0; round < 3; round++) {
            Figures.sleep(10_000);
            broker.stop();
            Figures.sleep(60_000);
            broker.start();
            lastBack = Instant.now();
        }
        Figures.sleep(5_000);
        recorder.stop();
        Settlement.settle(test.getDisplayName(), ledger, broker, lastBack, true, recorder);
    }
}
