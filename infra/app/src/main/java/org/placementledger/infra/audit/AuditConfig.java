package org.placementledger.infra.audit;

import com.mongodb.client.MongoDatabase;
import org.placementledger.commandside.eventstore.EventChains;
import org.placementledger.infra.config.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The event store's chains of hashes, checked on request and sealed on a schedule. */
@Configuration
public class AuditConfig {

    private static final Logger log = LoggerFactory.getLogger(AuditConfig.class);

    @Bean
    public EventChains eventChains(MongoDatabase database, Clock clock) {
        return new EventChains(database, "events", clock);
    }

    /** Seals every {@code placement-ledger.audit.seal-every} (an hour by default), first one period after start. */
    /** The sealing thread, held in a type of its own so that nothing takes it for a general-purpose executor. */
    public record Sealer(ScheduledExecutorService executor) implements AutoCloseable {
        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    @Bean
    public Sealer sealer(EventChains chains, LedgerProperties properties) {
        ScheduledExecutorService sealer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "event-store-sealer");
            t.setDaemon(true);
            return t;
        });
        long every = properties.audit().sealEvery().toMillis();
        sealer.scheduleWithFixedDelay(() -> {
            try {
                EventChains.Seal seal = chains.seal();
                log.info("Event store sealed at position {} over {} children: {}", seal.position(), seal.children(), seal.hash());
            } catch (RuntimeException e) {
                log.error("Could not seal the event store; trying again at the next period", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return new Sealer(sealer);
    }
}
