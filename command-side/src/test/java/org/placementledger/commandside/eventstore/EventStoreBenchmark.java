package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.sun.management.OperatingSystemMXBean;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
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
 * The event store's hot reads on the embedded MongoDB server (mongo-java-server, H2 file backend) with a
 * large store. Prints figures and asserts nothing about time: the machines it runs on are shared. Run:
 * <pre>
 * mvn -B -Pbench -pl command-side -am verify -Dtest=EventStoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dbench.events} stored events (1,000,000 by default), about 20 per child. The filled store is kept
 * under {@code command-side/target/bench} and reused by the next run of the same size.
 */
@Tag("benchmark")
class EventStoreBenchmark {

    private static final int EVENTS_PER_CHILD = 20;
    private static final int FILL_BATCH = 500;
    private static final int RUNS = 300;
    private static final long IDLE_WINDOW_MILLIS = 20_000;

    @Test
    void printHotReadFigures() throws Exception {
        long events = Long.getLong("bench.events", 1_000_000L);
        long children = Math.max(1, events / EVENTS_PER_CHILD);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        String file = dir.resolve("events-" + events + ".mv").toString();

        H2Backend backend = new H2Backend(file);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            MongoPositionedEventStorageEngine engine = StoreFixture.engine(database, 100, Clock.systemUTC());
            System.out.printf("%n=== Event store benchmark: embedded MongoDB (mongo-java-server, H2 file backend), %d cores ===%n",
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("store: %,d events, %,d children (~%d events each), file %s%n", events, children, EVENTS_PER_CHILD, file);
            fill(engine, database, backend, events, children);

            Random random = new Random(42);
            // Warm up the JIT and bring the store's pages from disk into memory, as in a running service.
            for (int i = 0; i < 500; i++) {
                engine.readEvents("C" + random.nextInt((int) children)).asStream().count();
                engine.readEvents(GapAwareTrackingToken.newInstance(randomPosition(random, events), List.of()), false).limit(100).count();
            }

            List<Double> loads = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                String child = "C" + random.nextInt((int) children);
                long t0 = System.nanoTime();
                long n = engine.readEvents(child).asStream().count();
                loads.add(millisSince(t0));
                if (n != EVENTS_PER_CHILD) throw new AssertionError(child + " has " + n + " events");
            }
            print("(1) load one child's 20 events, readEvents(childId)", loads, "target < 10 ms");

            List<Double> nexts = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long position = randomPosition(random, events);
                long t0 = System.nanoTime();
                long n = engine.readEvents(GapAwareTrackingToken.newInstance(position, List.of()), false).limit(100).count();
                nexts.add(millisSince(t0));
                if (n != 100) throw new AssertionError("read " + n + " events after " + position);
            }
            print("(2) read the next 100 tracked events after a random position", nexts, "target < 20 ms");

            TrackingToken head = engine.createHeadToken();
            List<Double> polls = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                long n = engine.readEvents(head, false).count();
                polls.add(millisSince(t0));
                if (n != 0) throw new AssertionError("read " + n + " events after the head");
            }
            print("    one poll of a caught-up reader (nothing new)", polls, "");

            idleProcessorCpu(engine);
        } finally {
            server.shutdownNow();
        }
    }

    private static long randomPosition(Random random, long events) {
        return (long) (random.nextDouble() * (events - 200));
    }

    /** Children's events go in round after round, as a council's records accumulate, through the append path. */
    private static void fill(MongoPositionedEventStorageEngine engine, MongoDatabase database, H2Backend backend, long events, long children) {
        Document counter = database.getCollection("event_counters").find(eq("_id", PositionAllocator.COUNTER_ID)).first();
        long stored = counter == null ? 0 : ((Number) counter.get(PositionAllocator.LAST)).longValue();
        if (stored >= events) {
            System.out.printf("fill: reusing the filled store (%,d events)%n", stored);
            return;
        }
        long t0 = System.nanoTime();
        long lastReport = t0;
        for (long i = stored; i < events; i += FILL_BATCH) {
            List<EventMessage<?>> batch = new ArrayList<>(FILL_BATCH);
            for (long j = i; j < Math.min(i + FILL_BATCH, events); j++) {
                batch.add(StoreFixture.placement("C" + (j % children), j / children));
            }
            engine.appendEvents(batch);
            if (System.nanoTime() - lastReport > 30e9) {
                backend.commit();
                lastReport = System.nanoTime();
                System.out.printf("fill: %,d of %,d events (%,.0f events/s)%n", i + batch.size(), events,
                        (i + batch.size() - stored) / ((lastReport - t0) / 1e9));
            }
        }
        backend.commit();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("fill: %,d events in %.0f s, %,.0f events/s (batches of %d through appendEvents)%n",
                events - stored, seconds, (events - stored) / seconds, FILL_BATCH);
    }

    /**
     * Process CPU while a tracking processor, caught up, waits for events that do not come, against the same
     * window with no processor. The embedded server's own background work is in both.
     */
    private static void idleProcessorCpu(MongoPositionedEventStorageEngine engine) throws InterruptedException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Thread.sleep(10_000); // let the store's background writer settle after the reads above
        long base0 = os.getProcessCpuTime();
        Thread.sleep(IDLE_WINDOW_MILLIS);
        long baseline = os.getProcessCpuTime() - base0;

        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        AtomicLong handled = new AtomicLong();
        EventMessageHandler handler = event -> {
            handled.incrementAndGet();
            return null;
        };
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("idle")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(source -> source.createHeadToken()))
                .build();
        processor.start();
        try {
            Thread.sleep(5_000); // claim the segment, first polls
            long t0 = os.getProcessCpuTime();
            Thread.sleep(IDLE_WINDOW_MILLIS);
            long idle = os.getProcessCpuTime() - t0;
            double window = IDLE_WINDOW_MILLIS * 1e6;
            System.out.printf("(3) idle tracking processor over %d s: %.2f%% of one core above the baseline "
                            + "(process %.2f%% with it, %.2f%% without); events handled while idle: %d%n",
                    IDLE_WINDOW_MILLIS / 1000, 100.0 * (idle - baseline) / window, 100.0 * idle / window,
                    100.0 * baseline / window, handled.get());
        } finally {
            processor.shutDown();
            store.shutDown();
        }
    }

    private static double millisSince(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void print(String what, List<Double> millis, String target) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%s%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1), sorted.size(), target.isEmpty() ? "" : "; " + target);
    }
}
