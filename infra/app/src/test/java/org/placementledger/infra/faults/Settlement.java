package org.placementledger.infra.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of every scenario: nothing refused but with a 503 problem, the figures catch up with everything owed and
 * stay there, every child reconciled; the figures printed. A failure says where the missing records went.
 */
final class Settlement {

    private Settlement() {
    }

    /**
     * @param answeredThroughout whether the application was up for every request (then an unanswered one is a defect)
     * @param recorders every recorder of the scenario: their acknowledged records are owed
     */
    static void settle(String scenario, LedgerProcess ledger, KafkaBrokerProcess broker, Instant faultEnded, boolean answeredThroughout,
                       Recorder... recorders) {
        LedgerClient client = ledger.client();
        List<Recorder.Acknowledged> acknowledged = new ArrayList<>();
        for (Recorder r : recorders) {
            assertThat(r.unacceptableRefusals()).as("refusals other than a 503 problem").isEmpty();
            if (answeredThroughout) assertThat(r.unanswered()).as("the application was up throughout: every request is answered").isEmpty();
            acknowledged.addAll(r.acknowledged().values());
        }
        Set<String> owed = Figures.owed(client, recorders);
        assertThat(owed).as("the scenario recorded something").isNotEmpty();
        try {
            Figures.awaitInCare(client, owed.size(), Figures.CATCH_UP);
        } catch (AssertionError e) {
            throw new AssertionError(scenario + ": " + e.getMessage() + "; " + summaries(recorders)
                    + EventsTopic.diagnose(client, broker.bootstrapServers(), owed)
                    + "\n  the application's log: " + ledger.logFile(), e);
        }
        Instant caughtUp = Instant.now();
        Figures.assertStaysAt(client, owed.size(), Duration.ofSeconds(3));
        String perChild = Figures.assertEveryChildReconciled(client, acknowledged, owed);
        ScenarioReport.print(scenario, summaries(recorders), acknowledged.size(), owed.size(), Figures.inCare(client, "/api/measures"),
                faultEnded, caughtUp, perChild + repairs(ledger));
    }

    /**
     * The application's own reconciliation runs a minute after start and sends again what it finds missing from the
     * topic: a scenario that passes only thanks to it passes, but the relay lost something, and the report says so.
     */
    static String repairs(LedgerProcess ledger) {
        List<String> lines = ledger.errorLines(10_000).stream()
                .filter(l -> l.contains("were sent again from the store") || l.contains("Reconciliation:")).toList();
        return lines.isEmpty() ? "; no repair by the application's reconciliation"
                : "\n[faults]   REPAIRED by the application's reconciliation (" + lines.size() + " log lines): " + lines;
    }

    private static String summaries(Recorder... recorders) {
        List<String> out = new ArrayList<>();
        for (Recorder r : recorders) out.add(r.summary());
        return String.join("; ", out);
    }
}
