package org.placementledger.infra.reconciliation;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Producer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.placementledger.commandside.eventstore.StoreHeads;
import org.placementledger.events.privacy.PersonalDataSeal;
import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.infra.relay.KafkaEventRelay;
import org.placementledger.infra.relay.RelayRepair;
import org.placementledger.infra.streams.ProjectionStreams;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

@Configuration
public class ReconciliationConfig {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationConfig.class);
    /** How often the positions are read: cheap (two lookups and three Kafka admin calls). */
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(5);
    /** The first check after start, once the projections have had time to restore. */
    private static final Duration FIRST_CHECK = Duration.ofMinutes(1);
    /** After a check that found events missing, the next comes sooner than the usual interval. */
    private static final Duration RECHECK_AFTER_FAULT = Duration.ofMinutes(1);

    @Bean
    public StoreHeads storeHeads(MongoDatabase database) {
        return new StoreHeads(database);
    }

    @Bean
    public EventFlow eventFlow(StoreHeads heads, MongoDatabase database, Serializer serializer, Admin admin,
                               LedgerProperties properties, Clock clock) {
        return new EventFlow(heads, new RelayPosition(database, serializer, KafkaEventRelay.PROCESSING_GROUP),
                new ProjectionLag(admin, properties.kafka().applicationId(), Duration.ofSeconds(3)),
                clock, properties.reconciliation().stalledAfter());
    }

    @Bean
    public RelayRepair relayRepair(EventStore eventStore, Producer<String, byte[]> relayProducer, PersonalDataSeal seal) {
        return new RelayRepair(eventStore, relayProducer, seal::write);
    }

    @Bean
    public Reconciliation reconciliation(StoreHeads heads, TimelineIndex figures, EventFlow flow, RelayRepair repair,
                                         LedgerProperties properties, Clock clock, ProjectionStreams projections) {
        return new Reconciliation(heads, figures, flow, repair, clock, properties.reconciliation().grace(),
                projections::timelinesReadToEnd);
    }

    /** Named so that health shows it as {@code eventFlow}. */
    @Bean("eventFlowHealthIndicator")
    public EventFlowHealth eventFlowHealth(EventFlow flow, Reconciliation reconciliation) {
        return new EventFlowHealth(flow, reconciliation);
    }

    /** The sampler and the scheduled check, on their own threads: a slow check never holds a sample back. */
    public record Schedule(ScheduledExecutorService sampler, ScheduledExecutorService checker) implements AutoCloseable {
        @Override
        public void close() {
            sampler.shutdownNow();
            checker.shutdownNow();
        }
    }

    @Bean(destroyMethod = "close")
    public Schedule reconciliationSchedule(EventFlow flow, Reconciliation reconciliation, LedgerProperties properties) {
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(daemon("event-flow-sampler"));
        ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(daemon("reconciliation"));
        sampler.scheduleWithFixedDelay(() -> {
            try {
                flow.sample();
            } catch (RuntimeException e) {
                log.warn("Could not read where the events stand: {}", e.getMessage());
            }
        }, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        Duration every = properties.reconciliation().checkEvery();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            Duration next = every;
            try {
                if (!reconciliation.check(false).healthy()) next = RECHECK_AFTER_FAULT.compareTo(every) < 0 ? RECHECK_AFTER_FAULT : every;
            } catch (RuntimeException e) {
                log.warn("The reconciliation could not run: {}", e.getMessage());
                next = RECHECK_AFTER_FAULT.compareTo(every) < 0 ? RECHECK_AFTER_FAULT : every;
            }
            if (!checker.isShutdown()) checker.schedule(check[0], next.toMillis(), TimeUnit.MILLISECONDS);
        };
        checker.schedule(check[0], Math.min(FIRST_CHECK.toMillis(), every.toMillis()), TimeUnit.MILLISECONDS);
        return new Schedule(sampler, checker);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
