package org.placementledger.infra.config;

import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.placementledger.events.privacy.PersonalDataSeal;
import org.placementledger.infra.privacy.Erasures;
import org.placementledger.infra.privacy.MasterKey;
import org.placementledger.infra.privacy.MongoChildKeys;
import org.placementledger.infra.privacy.RetentionSweep;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Children's keys, the seal every event passes through on its way out of the process, erasure and retention. */
@Configuration
public class PrivacyConfig {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfig.class);

    @Bean
    public MasterKey masterKey(LedgerProperties properties, MongoDatabase database) {
        return MasterKey.load(properties.privacy().masterKey(), properties.dataDir().resolve("master.key"), database);
    }

    @Bean
    public MongoChildKeys childKeys(MongoDatabase database, MasterKey master, Clock clock, LedgerProperties properties) {
        MongoChildKeys keys = new MongoChildKeys(database, master, clock, properties.privacy().keysHeld());
        log.info("Children's keys: {} in the store", keys.warm());
        return keys;
    }

    /** The process's seal, installed for the Kafka serdes (which Kafka makes by class name) while the application runs. */
    public record InstalledSeal(PersonalDataSeal seal, AutoCloseable installation) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            installation.close();
        }
    }

    @Bean
    public InstalledSeal installedSeal(MongoChildKeys keys) {
        PersonalDataSeal seal = new PersonalDataSeal(keys);
        return new InstalledSeal(seal, PersonalDataSeal.install(seal));
    }

    @Bean
    public PersonalDataSeal personalDataSeal(InstalledSeal installed) {
        return installed.seal();
    }

    /**
     * Replaces Axon's own event serializer: the same JSON, its personal fields sealed. The event's hash in the chain
     * is taken over what is stored, the sealed form, so verifying the chain needs no key and holds after an erasure.
     */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(RevisionResolver revisions, PersonalDataSeal seal) {
        return JacksonSerializer.builder()
                .objectMapper(seal.mapper().copy())
                .revisionResolver(revisions)
                .build();
    }

    @Bean
    public Erasures erasures(MongoChildKeys keys, @Lazy EventStore events, @Lazy CommandGateway commands, MongoDatabase database) {
        return new Erasures(keys, events, commands, database);
    }

    /** The sweep's thread, in a type of its own so that nothing takes it for a general-purpose executor. */
    public record RetentionThread(ScheduledExecutorService executor, RetentionSweep sweep) implements AutoCloseable {
        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    /** First a minute after start (the projections have loaded every child by then), then every retention-check-every. */
    @Bean
    public RetentionThread retentionThread(TimelineIndex timelines, Erasures erasures, Clock clock, LedgerProperties properties) {
        RetentionSweep sweep = new RetentionSweep(timelines, erasures, clock, properties.privacy().retentionYears());
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention-sweep");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                sweep.sweep();
            } catch (RuntimeException e) {
                log.error("The retention sweep failed; it runs again at the next period", e);
            }
        }, 60_000, properties.privacy().retentionCheckEvery().toMillis(), TimeUnit.MILLISECONDS);
        return new RetentionThread(executor, sweep);
    }
}
