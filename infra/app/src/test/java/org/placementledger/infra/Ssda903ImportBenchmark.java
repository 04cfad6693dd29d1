package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a generated 903 return of about 100,000 episodes (set {@code -Dbench.episodes}) into the embedded
 * stack over HTTP and prints the rate, the time, and the heap the import took. Run with
 * {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=Ssda903ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class Ssda903ImportBenchmark {

    private static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] RNE_AFTER = {"P", "P", "P", "P", "P", "P", "T", "L", "L", "B"};
    // Statuses that may last months, for children of any age (DfE rules 358, 361, 364 limit J2 and L1).
    private static final String[] STATUS = {"C1", "C2", "V2", "E1"};
    private static final String[] FOSTER = {"U1", "U3", "U4", "U6"};
    private static final String[] REASON = {"CARPL", "CLOSE", "ALLEG", "STAND", "CREQB", "CHILD", "LAREQ", "OTHER"};
    // Endings open to any child in foster care (adoption needs a placement for adoption first, E17 an 18th birthday).
    private static final String[] ENDS = {"E4A", "E13", "E41", "E45", "E8"};
    private static final String[] SECTORS = {"TQ1 3", "TQ2 5", "TQ3 1", "TQ4 6", "EX1 2", "EX4 4", "PL1 2", "PL4 8", "BS1 4", "B12 9"};
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    @Test
    void import_of_a_hundred_thousand_episodes_into_the_embedded_stack() throws Exception {
        int target = Integer.getInteger("bench.episodes", 100_000);
        Path episodes = files.resolve("episodes.csv");
        Path header = files.resolve("header.csv");
        int[] written = generate(target, episodes, header, new Random(903));
        System.out.printf("Generated %,d episodes of %,d children (%,d KB)%n", written[0], written[1], Files.size(episodes) / 1024);
        try (RunningLedger ledger = RunningLedger.start(dataDir,
                "placement-ledger.import.workers=" + Integer.getInteger("bench.importWorkers", 4),
                "placement-ledger.import.buckets=" + Integer.getInteger("bench.buckets", 64))) {
            if (Boolean.parseBoolean(System.getProperty("bench.warm", "true"))) warmUp(ledger);
            if (Boolean.getBoolean("bench.storeOnly")) {
                // The import alone: the relay to Kafka and the projections stopped, to see what they take of the machine.
                ledger.bean(org.placementledger.infra.streams.ProjectionStreams.class).stop();
                ledger.bean(org.axonframework.config.EventProcessingConfiguration.class).eventProcessors().values()
                        .forEach(org.axonframework.eventhandling.EventProcessor::shutDown);
                System.out.println("Projections and relay stopped: the import alone");
            }
            System.gc();
            long heapBefore = BenchmarkFigures.heapUsedMegabytes();
            PeakHeap peak = new PeakHeap();
            peak.start();
            Map<String, Path> parts = new LinkedHashMap<>();
            parts.put("episodes", episodes);
            parts.put("header", header);
            // -Dbench.jfr=<file> records a flight recording of the import alone, without the start and the warm-up.
            jdk.jfr.Recording recording = startRecording();
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            RunningLedger.Response started = ledger.postFiles("/api/imports/ssda903?year=2024", parts);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String id = started.json().path("id").asText();
            JsonNode done = ledger.awaitJson("/api/imports/" + id, n -> !"RUNNING".equals(n.path("status").asText()), Duration.ofHours(1));
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            peak.interrupt();
            stopRecording(recording);
            JsonNode progress = done.path("progress");
            System.out.println("Import: " + done.path("status").asText() + " " + progress);
            System.out.printf("%,d episodes in %.1f s: %,.0f episodes/s end to end (the import's own rate: %s rows/s)%n",
                    progress.path("rows").path("done").asLong(), seconds, progress.path("rows").path("done").asLong() / seconds,
                    progress.path("rowsPerSecond").asText());
            // CPU time is steadier than the clock on a shared machine: it compares changes where the rate cannot.
            System.out.printf("CPU: %.1f s of the process's time during the import (%.0f ms per 1,000 episodes, %.2f cores busy)%n",
                    cpuSeconds, 1000 * cpuSeconds / (progress.path("rows").path("done").asLong() / 1000.0), cpuSeconds / seconds);
            System.out.printf("Heap: %d MB before, peak %d MB during the import (max heap %d MB); RSS %d MB%n", heapBefore, peak.peakMb,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), BenchmarkFigures.residentMegabytes());
            assertThat(done.path("status").asText()).isEqualTo("DONE");
            printProblemsByRule(ledger, id);
            // The import is done when its events are stored; the relay and the projections follow them.
            System.out.println("When the import was done: " + ledger.projectionsProgress());
            if (Boolean.getBoolean("bench.storeOnly")) return; // nothing follows the store: there is nothing to wait for
            ledger.awaitProjectionsCaughtUp(Duration.ofHours(1));
            System.out.printf("Projections caught up %.1f s after the import was done (%.1f s after it began)%n",
                    (System.nanoTime() - t0) / 1e9 - seconds, (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * A first, smaller import of other children, so the figures are those of a running service rather than of a
     * JVM still compiling its hot paths ({@code -Dbench.warm=false} times the first import after start instead).
     */
    private void warmUp(RunningLedger ledger) throws IOException {
        Path e = files.resolve("warm-episodes.csv");
        Path h = files.resolve("warm-header.csv");
        generate(20_000, e, h, new Random(1), 900000);
        Map<String, Path> parts = new LinkedHashMap<>();
        parts.put("episodes", e);
        parts.put("header", h);
        long t0 = System.nanoTime();
        RunningLedger.Response started = ledger.postFiles("/api/imports/ssda903?year=2024", parts);
        String id = started.json().path("id").asText();
        ledger.awaitJson("/api/imports/" + id, n -> !"RUNNING".equals(n.path("status").asText()), Duration.ofMinutes(30));
        System.out.printf("Warm-up: 20,000 episodes of other children imported in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        // The projections follow the warm-up's events after it ends; timing starts once they have.
        ledger.awaitProjectionsCaughtUp(Duration.ofMinutes(30));
        System.out.printf("Projections caught up with the warm-up after %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The rules behind the import's warnings and errors, most frequent first: a generated return should raise few. */
    private static void printProblemsByRule(RunningLedger ledger, String id) {
        JsonNode problems = ledger.get("/api/imports/" + id + "/problems").json();
        Map<String, Integer> byRule = new java.util.TreeMap<>();
        for (JsonNode p : problems) byRule.merge(p.path("severity").asText() + " " + p.path("rule").asText(), 1, Integer::sum);
        System.out.println("Problems by rule: " + byRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(8).map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static jdk.jfr.Recording startRecording() throws Exception {
        if (System.getProperty("bench.jfr") == null) return null;
        jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration(System.getProperty("bench.jfrSettings", "default")));
        recording.start();
        return recording;
    }

    private static void stopRecording(jdk.jfr.Recording recording) throws IOException {
        if (recording == null) return;
        recording.stop();
        Path to = Path.of(System.getProperty("bench.jfr"));
        recording.dump(to);
        recording.close();
        System.out.println("Flight recording of the import: " + to.toAbsolutePath());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Samples the used heap every 100 ms. */
    private static final class PeakHeap extends Thread {
        volatile long peakMb;

        PeakHeap() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peakMb = Math.max(peakMb, memory.getHeapMemoryUsage().getUsed() / (1024 * 1024));
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** A valid return for the year ending 31 March 2024: chains of episodes, some ended, some open. */
    static int[] generate(int target, Path episodes, Path header, Random random) throws IOException {
        return generate(target, episodes, header, random, 100000);
    }

    static int[] generate(int target, Path episodes, Path header, Random random, int firstChild) throws IOException {
        LocalDate yearEnd = LocalDate.of(2024, 3, 31);
        int rows = 0;
        int children = 0;
        int ids = 0;
        try (BufferedWriter e = Files.newBufferedWriter(episodes); BufferedWriter h = Files.newBufferedWriter(header)) {
            e.write("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
            h.write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
            while (rows < target) {
                String child = Integer.toString(firstChild + ids++);
                LocalDate dob = LocalDate.of(2006, 6, 1).plusDays(random.nextInt(13 * 365)); // under 18 on 31 March 2024 (rule 359)
                LocalDate start = dob.plusDays(random.nextInt(Math.max(1, (int) (yearEnd.toEpochDay() - dob.toEpochDay()) - 10)));
                int sex = 1 + random.nextInt(2);
                // MOTHER 0 for every girl: DfE wants the field for a girl looked after (rules 393, 607).
                String headerRow = child + "," + sex + "," + DFE.format(dob) + ",WBRI,A" + (100000000000L + random.nextInt(999999999)) + "," + (sex == 2 ? "0" : "") + ",\n";
                boolean inReturn = false;
                String home = postcode(random);
                String ls = STATUS[random.nextInt(STATUS.length)];
                String cin = "N" + (1 + random.nextInt(8));
                String place = FOSTER[random.nextInt(FOSTER.length)];
                String provider = random.nextBoolean() ? "PR1" : "PR4";
                String plPost = postcode(random);
                while (plPost.equals(home)) plPost = postcode(random); // rule 392d
                String urn = Integer.toString(1000000 + random.nextInt(8999999));
                String rne = "S";
                int episodesOfChild = 1 + random.nextInt(5);
                LocalDate decom = start;
                for (int i = 0; i < episodesOfChild && rows < target; i++) {
                    LocalDate dec = decom.plusDays(30 + random.nextInt(400));
                    boolean last = i == episodesOfChild - 1 || rows + 1 >= target;
                    String next = RNE_AFTER[random.nextInt(RNE_AFTER.length)];
                    String decText = "";
                    String rec = "";
                    String reason = "";
                    if (!dec.isAfter(yearEnd)) {
                        decText = DFE.format(dec);
                        rec = last ? ENDS[random.nextInt(ENDS.length)] : "X1";
                        if (!last && !next.equals("L")) reason = REASON[random.nextInt(REASON.length)];
                    } else {
                        last = true;
                    }
                    // A return holds the episodes open on some day of its year: one that ended before 1 April is left out.
                    if (decText.isEmpty() || !dec.isBefore(yearEnd.minusYears(1).plusDays(1))) {
                        if (!inReturn) { // a child is in the return when one of its episodes is
                            h.write(headerRow);
                            children++;
                        }
                        inReturn = true;
                        e.write(String.join(",", child, DFE.format(decom), rne, ls, cin, place, provider, decText, rec, reason, home, plPost, urn) + "\n");
                        rows++;
                    }
                    if (last || decText.isEmpty()) break;
                    decom = dec;
                    rne = next;
                    if (!rne.equals("L")) {
                        place = FOSTER[random.nextInt(FOSTER.length)];
                        provider = random.nextBoolean() ? "PR1" : "PR4";
                        do {
                            plPost = postcode(random);
                        } while (plPost.equals(home));
                        urn = Integer.toString(1000000 + random.nextInt(8999999));
                    }
                    if (!rne.equals("P") && !rne.equals("T")) {
                        String was = ls;
                        while (ls.equals(was)) ls = STATUS[random.nextInt(STATUS.length)];
                    }
                }
            }
        }
        return new int[]{rows, children};
    }

    private static String postcode(Random random) {
        return SECTORS[random.nextInt(SECTORS.length)] + INWARD.charAt(random.nextInt(INWARD.length())) + INWARD.charAt(random.nextInt(INWARD.length()));
    }
}
