package org.placementledger.infra.demo;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.http.RecordingMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the demo council into an empty ledger at start, through the command gateway like any record, so a
 * newcomer sees a living dashboard at once. Runs in the background; the app serves meanwhile. Off with
 * {@code placement-ledger.demo.load=false}; never touches a ledger that already holds events.
 */
@Component
public class DemoLoader implements ApplicationRunner {

    public static final long SEED = 20200131L;
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final CommandGateway commands;
    private final MongoDatabase database;
    private final Clock clock;
    private final boolean enabled;

    public DemoLoader(CommandGateway commands, MongoDatabase database, Clock clock,
                      @Value("${placement-ledger.demo.load:true}") boolean enabled,
                      @Value("${placement-ledger.import.year:}") String importYear) {
        this.commands = commands;
        this.database = database;
        this.clock = clock;
        // A start that imports a council's return from the command line is not one to fill with a demo council.
        this.enabled = enabled && importYear.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) return;
        if (database.getCollection("event_counters").find().first() != null) {
            log.info("The ledger already holds events: the demo council is not loaded");
            return;
        }
        Thread loader = new Thread(this::load, "demo-council-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        List<ChildCommand> all = DemoCouncil.generate(LocalDate.now(clock), SEED);
        // Each child's commands stay in order on one worker; children are spread over the workers.
        Map<Integer, List<ChildCommand>> byWorker = new LinkedHashMap<>();
        int workers = 4;
        for (ChildCommand c : all) byWorker.computeIfAbsent(Math.floorMod(c.childId().hashCode(), workers), k -> new ArrayList<>()).add(c);
        log.info("Loading the demo council: {} commands (turn off with --placement-ledger.demo.load=false)", all.size());
        long t0 = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (List<ChildCommand> share : byWorker.values()) {
            pool.submit(() -> {
                for (ChildCommand command : share) {
                    try {
                        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                .andMetaData(MetaData.with(RecordingMetadata.RECORDED_BY, "demo-council")), 30, TimeUnit.SECONDS);
                    } catch (RuntimeException e) {
                        if (refused.incrementAndGet() <= 5) log.warn("Demo command refused: {}: {}", command, e.getMessage());
                    }
                    int n = done.incrementAndGet();
                    if (n % 2000 == 0) {
                        double seconds = (System.nanoTime() - t0) / 1e9;
                        log.info("Demo council: {} of {} commands, {} a second, about {} s to go", n, all.size(),
                                Math.round(n / seconds), Math.round((all.size() - n) / (n / seconds)));
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Demo council loaded: {} commands in {} s, {} refused", done.get(), Math.round((System.nanoTime() - t0) / 1e9), refused.get());
    }
}
