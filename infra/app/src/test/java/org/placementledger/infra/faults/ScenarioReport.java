package org.placementledger.infra.faults;

import java.time.Duration;
import java.time.Instant;

/** The figures a scenario prints: what was acknowledged, what the projections hold, how long they took after the fault. */
final class ScenarioReport {

    private ScenarioReport() {
    }

    static void print(String scenario, String recording, long acknowledged, long owed, long inProjections, Instant faultEnded, Instant caughtUp,
                      String perChild) {
        System.out.printf("%n[faults] %s%n[faults]   recording: %s%n[faults]   events acknowledged: %d; owed to the figures (with unanswered "
                        + "but stored): %d; children in care in the projections: %d%n[faults]   fault ended to figures caught up: %.1f s%n[faults]   %s%n%n",
                scenario, recording, acknowledged, owed, inProjections, Duration.between(faultEnded, caughtUp).toMillis() / 1000.0, perChild);
    }
}
