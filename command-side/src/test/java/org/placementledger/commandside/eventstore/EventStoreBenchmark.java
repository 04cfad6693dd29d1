package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.sun.management.OperatingSystemMXBean;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.eq;

/**
 * The event store's hot reads on the embedded MongoDB server (H2 file backend) with a large store.
 * Prints figures; asserts nothing about time. Run:
 * {@code ./mvnw -B -Pbench -pl command-side -am verify -Dtest=EventStoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.events=1000000} by default; the filled store is kept under target/bench and reused).
 */
@Tag("benchmark")
class EventStoreBenchmark {

    private static final int EVENTS_PER_CHILD = 20;

    @Test
    void printHotReadFigures() throws Exception {
        long events = Long.getLong("bench.events", 1_000_000L);
        long children = events / EVENTS_PER_CHILD;
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        String file = dir.resolve("events-" + events + ".mv").toString();

        H2Backend backend = new H2Backend(file);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            MongoPositionedEventStorageEngine engine = StoreFixture.engine(database, 100, Clock.systemUTC());
            System.out.printf("%nEvent store benchmark: embedded MongoDB (mongo-java-server, H2 file backend), %,d events, %,d children%n", events, children);
            fill(engine, database, backend, events, children);

            Random random = new Random(42);
            // Warm up: the JIT, and the store's pages read from disk into memory, as in a running service.
            for (int i = 0; i < 500; i++) {
                engine.readEvents("C" + random.nextInt((int) children)).asStream().count();
                engine.readEvents(GapAwareTrackingToken.newInstance((long) (random.nextDouble() * (events - 200)), List.of()), false).limit(100).count();
            }
            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String child = "C" + random.nextInt((int) children);
                long t0 = System.nanoTime();
                long n = engine.readEvents(child).asStream().count();
                loads.add((System.nanoTime() - t0) / 1e6);
                if (n != EVENTS_PER_CHILD) throw new AssertionError(child + " has " + n + " events");
            }
            print("load one child's 20 events", loads);

            List<Double> nexts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                long position = (long) (random.nextDouble() * (events - 200));
                long t0 = System.nanoTime();
                long n = engine.readEvents(GapAwareTrackingToken.newInstance(position, List.of()), false).limit(100).count();
                nexts.add((System.nanoTime() - t0) / 1e6);
                if (n != 100) throw new AssertionError("read " + n + " events after " + position);
            }
            print("read the next 100 events after a position", nexts);

            idleProcessorCpu(engine);
        } finally {
            server.shutdownNow();
        }
    }

    private static void fill(MongoPositionedEventStorageEngine engine, MongoDatabase database, H2Backend backend, long events, long children) {
        Document counter = database.getCollection("event_counters").find(eq("_id", "events")).first();
        long stored = counter == null ? 0 : ((Number) counter.get("last")).longValue();
        if (stored >= events) {
            System.out.printf("reusing the filled store (%,d events)%n", stored);
            return;
        }
        long t0 = System.nanoTime();
        int batch = 500;
        // Events go in child by child, round after round, as a council's records accumulate.
        for (long i = stored; i < events; i += batch) {
            List<EventMessage<?>> messages = new ArrayList<>(batch);
            for (long j = i; j < Math.min(i + batch, events); j++) {
                messages.add(StoreFixture.statusChange("C" + (j % children), j / children));
            }
            engine.appendEvents(messages);
            if ((i / batch) % 200 == 0) backend.commit();
        }
        backend.commit();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("filled %,d events in %.0f s (%,.0f events/s)%n", events - stored, seconds, (events - stored) / seconds);
    }

    private static void idleProcessorCpu(MongoPositionedEventStorageEngine engine) throws InterruptedException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long window = 20_000;
        Thread.sleep(10_000); // let the store's background writer settle after the reads above
        long base0 = os.getProcessCpuTime();
        Thread.sleep(window);
        long baseline = os.getProcessCpuTime() - base0;

        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        AtomicLong handled = new AtomicLong();
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEventStore(c -> store)
                .eventProcessing(p -> p
                        .byDefaultAssignTo("idle")
                        .registerTokenStore("idle", c -> tokens)
                        .registerTrackingEventProcessor("idle", c -> store,
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                        .andInitialTrackingToken(s -> s.createHeadToken()))
                        .registerEventHandler(c -> new Object() {
                            @EventHandler
                            void on(Object event) {
                                handled.incrementAndGet();
                            }
                        }))
                .start();
        try {
            Thread.sleep(5_000); // settle: claim the segment, first polls
            long t0 = os.getProcessCpuTime();
            Thread.sleep(window);
            long idle = os.getProcessCpuTime() - t0;
            System.out.printf("idle tracking processor: %.2f%% of one core over %d s (process %.2f%%, baseline %.2f%%); events handled while idle: %d%n",
                    100.0 * (idle - baseline) / (window * 1e6), window / 1000, 100.0 * idle / (window * 1e6),
                    100.0 * baseline / (window * 1e6), handled.get());
        } finally {
            axon.shutdown();
        }
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1), sorted.size());
    }
}
