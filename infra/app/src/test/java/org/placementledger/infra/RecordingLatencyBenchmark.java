package org.placementledger.infra;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.placementledger.infra.BenchmarkFigures.heapUsedMegabytes;
import static org.placementledger.infra.BenchmarkFigures.percentile;
import static org.placementledger.infra.BenchmarkFigures.residentMegabytes;

/**
 * Start time and memory of the whole application on its embedded servers, the time from a POST to the
 * dashboard showing it, and command latency at a steady 20 commands a second. Prints figures; asserts
 * only that the work was done, never a time (shared machines are noisy).
 * <p>
 * Run: {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=RecordingLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class RecordingLatencyBenchmark {

    @TempDir
    Path dataDir;

    @Test
    void printRecordingFigures() {
        long startNanos = System.nanoTime();
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            double startSeconds = (System.nanoTime() - startNanos) / 1e9;
            System.out.printf("%nPlacement Ledger benchmark (embedded MongoDB + Kafka, one JVM with the test harness)%n");
            System.out.printf("start: %.1f s; resident memory after start: %d MB; heap used: %d MB%n",
                    startSeconds, residentMegabytes(), heapUsedMegabytes());

            LocalDate started = LocalDate.now().minusMonths(1);
            // Warm up the whole path once before measuring.
            ledger.post("/api/children/WARM-0/care", ChildRequests.startCare(started.toString()));
            ledger.awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == 1, Duration.ofSeconds(60));

            List<Double> visible = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                long expected = 1 + i;
                long t0 = System.nanoTime();
                RunningLedger.Response r = ledger.post("/api/children/SEEN-" + i + "/care", ChildRequests.startCare(started.toString()));
                if (r.status() != 200) throw new AssertionError(r.body());
                ledger.awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == expected, Duration.ofSeconds(30));
                visible.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.printf("POST to dashboard change, 50 children one after another: median %.0f ms, worst %.0f ms%n",
                    percentile(visible, 50), Collections.max(visible));

            List<Double> latencies = new ArrayList<>();
            long period = 50_000_000L; // 20 commands a second
            long next = System.nanoTime();
            for (int i = 0; i < 400; i++) {
                while (System.nanoTime() < next) Thread.onSpinWait();
                long t0 = System.nanoTime();
                RunningLedger.Response r = i % 2 == 0
                        ? ledger.post("/api/children/LOAD-" + i + "/care", ChildRequests.startCare(started.toString()))
                        : ledger.post("/api/children/LOAD-" + (i - 1) + "/placements/P1/cost",
                        ChildRequests.costFrom(LocalDate.now().minusDays(1).toString(), "1010.00"));
                if (r.status() != 200) throw new AssertionError(r.body());
                latencies.add((System.nanoTime() - t0) / 1e6);
                next += period;
            }
            System.out.printf("command latency at 20/s, 400 commands: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), Collections.max(latencies));
            // A child with 20 events, its history read back from the event store and replayed over HTTP.
            LocalDate start = LocalDate.now().minusDays(200);
            RunningLedger.Response first = ledger.post("/api/children/HISTORY-1/care", ChildRequests.startCare(start.toString()));
            if (first.status() != 200) throw new AssertionError(first.body());
            for (int i = 1; i < 20; i++) {
                RunningLedger.Response r = ledger.post("/api/children/HISTORY-1/placements/P1/cost",
                        ChildRequests.costFrom(start.plusDays(7L * i).toString(), String.valueOf(965 + i) + ".00"));
                if (r.status() != 200) throw new AssertionError(r.body());
            }
            for (int i = 0; i < 20; i++) ledger.get("/api/children/HISTORY-1/history");
            List<Double> histories = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                long t0 = System.nanoTime();
                RunningLedger.Response r = ledger.get("/api/children/HISTORY-1/history");
                if (r.status() != 200 || r.json().path("events").size() != 20) throw new AssertionError(r.body());
                histories.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.printf("GET a child's history of 20 events from the event store, 100 times: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    percentile(histories, 50), percentile(histories, 95), Collections.max(histories));
            System.out.printf("resident memory after the run: %d MB; heap used: %d MB%n%n", residentMegabytes(), heapUsedMegabytes());
        }
    }
}
