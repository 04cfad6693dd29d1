package org.placementledger.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.Topics;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.json.LedgerJson;
import org.placementledger.infra.demo.ScaleCouncil;
import org.placementledger.infra.kafka.KafkaConnection;
import org.placementledger.measures.Measures;
import org.placementledger.projections.timelines.TimelineIndex;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.placementledger.infra.BenchmarkFigures.heapUsedMegabytes;
import static org.placementledger.infra.BenchmarkFigures.percentile;
import static org.placementledger.infra.BenchmarkFigures.residentMegabytes;

/**
 * The rebuild and the live dashboard over a council of national scale: the whole application on its embedded
 * servers, every projection rebuilt from a log of about 100,000 children and 1.5 million events, then new events
 * recorded through the API one after another, each timed from the POST to the moment {@code /api/dashboard/now}
 * shows it.
 * <p>
 * The history goes onto the {@code placement-events} topic directly, as the relay would put it there (keyed by
 * child, the same envelope), so the benchmark measures the projections and the live figures at that size
 * rather than hours of loading through the command path. Prints figures; asserts only that the work was done.
 * <p>
 * Run: {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=LiveAtScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.scale=57 -Dbench.costReviews=12} by default; {@code -Dbench.samples=200}).
 */
@Tag("benchmark")
class LiveAtScaleBenchmark {

    @TempDir
    Path dataDir;

    @Test
    void printLiveFiguresAtScale() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "57"));
        int costReviews = Integer.parseInt(System.getProperty("bench.costReviews", "12"));
        int samples = Integer.parseInt(System.getProperty("bench.samples", "200"));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        ScaleCouncil council = ScaleCouncil.build(today, scale, costReviews);
        List<RecordedEvent> history = council.events();
        Map<String, ?> children = council.histories();
        System.out.printf("%nRebuild and live at scale: %,d children, %,d events of history%n", children.size(), history.size());

        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            System.gc();
            long heapEmpty = heapUsedMegabytes();
            long rssEmpty = residentMegabytes();
            TimelineIndex index = ledger.bean(TimelineIndex.class);

            // The projections stand aside while the history goes onto the topic, then rebuild every projection from it,
            // as the admin endpoint or the command-line flag would: the rebuild rate, and the index complete after it.
            ledger.bean(org.placementledger.infra.streams.ProjectionStreams.class).stop();
            long p0 = System.nanoTime();
            produce(ledger.bean(KafkaConnection.class).bootstrapServers(), history);
            System.out.printf("history on the topic in %.0f s%n", (System.nanoTime() - p0) / 1e9);
            Measures measures = ledger.bean(Measures.class);
            List<CareTimeline> scratch = new ArrayList<>();
            council.histories().forEach((id, h) -> scratch.add(CareTimeline.of(id, h)));
            long expected = measures.at(today, scratch, null, null).inCare();
            scratch.clear();

            // First the projections are built from the log (no read model holds anything yet: every alert is new),
            // then rebuilt from it, as the admin endpoint or the command-line flag would.
            rebuild(ledger, history.size(), expected, "first build from the log");
            rebuild(ledger, history.size(), expected, "rebuild");
            if (index.size() != children.size()) throw new AssertionError(index.size() + " children in the index, not " + children.size());
            council = null;
            history = null;
            children = null;
            System.gc();
            System.out.printf("memory with the projections holding them: heap used %d MB (%d MB with none), resident %d MB (%d MB with none)%n",
                    heapUsedMegabytes(), heapEmpty, residentMegabytes(), rssEmpty);

            LocalDate started = today.minusDays(7);
            List<Double> visible = new ArrayList<>();
            for (int i = 1; i <= samples + 5; i++) {
                long want = expected + i;
                long s = System.nanoTime();
                RunningLedger.Response r = ledger.post("/api/children/LIVE-" + i + "/care", ChildRequests.startCare(started.toString()));
                if (r.status() != 200) throw new AssertionError(r.body());
                while (ledger.get("/api/dashboard/now").json().path("inCare").asLong() < want) {
                    Thread.sleep(2);
                    if (System.nanoTime() - s > 60e9) throw new AssertionError("child LIVE-" + i + " not on the dashboard within 60 s");
                }
                // The first few warm the path up.
                if (i > 5) visible.add((System.nanoTime() - s) / 1e6);
            }
            System.out.printf("POST to /api/dashboard/now showing it, %d new children one after another: median %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    samples, percentile(visible, 50), percentile(visible, 95), percentile(visible, 99), Collections.max(visible));
            System.out.printf("resident memory after the run: %d MB; heap used: %d MB%n%n", residentMegabytes(), heapUsedMegabytes());
        }
    }

    private static void rebuild(RunningLedger ledger, long events, long expected, String what) throws Exception {
        long t0 = System.nanoTime();
        RunningLedger.Response rebuild = ledger.post("/api/admin/rebuild", "{}");
        if (rebuild.status() != 202) throw new AssertionError(rebuild.body());
        com.fasterxml.jackson.databind.JsonNode done = ledger.awaitJson("/api/admin/rebuild",
                n -> "DONE".equals(n.path("state").asText()) && n.path("startedAt").asText().compareTo(rebuild.json().path("startedAt").asText()) >= 0
                        || "FAILED".equals(n.path("state").asText()), Duration.ofHours(1));
        if (!"DONE".equals(done.path("state").asText())) throw new AssertionError("rebuild failed: " + done);
        double applied = (System.nanoTime() - t0) / 1e9;
        // The rebuild is done when every event is applied; the figures are whole once every child's timeline has
        // reached the index: wait for them to match a computation from scratch over the same histories, which is
        // also a check that nothing was lost.
        ledger.awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == expected, Duration.ofMinutes(30));
        double whole = (System.nanoTime() - t0) / 1e9;
        // Every part of the projections caught up too (the counts behind their repartition topics), so that what
        // follows measures a steady state rather than a new event queued behind the backlog.
        org.apache.kafka.clients.admin.Admin admin = ledger.bean(org.apache.kafka.clients.admin.Admin.class);
        while (RunningLedger.projectionsLag(admin) > 0) Thread.sleep(500);
        double settled = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s of every projection from %,d events: every event applied in %.0f s (%,.0f events a second; the rebuild reported %,.0f); "
                        + "figures whole in %.0f s (%,.0f events a second); every count settled in %.0f s; %,d in care today%n",
                what, events, applied, events / applied, done.path("perSecond").asDouble(), whole, events / whole, settled, expected);
    }

    private static void produce(String bootstrap, List<RecordedEvent> events) throws Exception {
        ObjectMapper json = LedgerJson.mapper();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            for (RecordedEvent e : events) producer.send(new ProducerRecord<>(Topics.PLACEMENT_EVENTS, e.childId(), json.writeValueAsBytes(e)));
            producer.flush();
        }
    }
}
