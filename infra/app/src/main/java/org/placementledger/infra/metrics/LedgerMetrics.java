package org.placementledger.infra.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.streams.KafkaStreams;
import org.placementledger.commandside.imports.Ssda903Importer;
import org.placementledger.infra.privacy.Erasures;
import org.placementledger.infra.reconciliation.EventFlow;
import org.placementledger.infra.reconciliation.Reconciliation;
import org.placementledger.infra.security.ReadAudit;
import org.placementledger.infra.security.SignInThrottle;
import org.placementledger.infra.streams.ProjectionStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's own metrics, beside Spring Boot's (HTTP latency per endpoint, the JVM), at
 * {@code /actuator/prometheus}. The positions behind relay and projection lag are the ones the event flow's health
 * samples every few seconds, so a scrape asks nothing of MongoDB or Kafka itself. docs/operations.md lists them.
 */
@Configuration
public class LedgerMetrics {

    @Bean
    public EventsRecorded eventsRecorded(MeterRegistry registry) {
        return new EventsRecorded(registry);
    }

    /** Where the events stand: how far the relay and the projections are behind the store, and what the last check found. */
    @Bean
    public MeterBinder eventFlowMetrics(EventFlow flow, Reconciliation reconciliation) {
        return registry -> {
            Gauge.builder("ledger.store.last.position", flow, f -> f.last().storeLastPosition())
                    .description("Global position of the last event stored").register(registry);
            Gauge.builder("ledger.relay.lag.events", flow, f -> f.last().relayLag())
                    .description("Events in the store not yet on the events topic").register(registry);
            Gauge.builder("ledger.relay.stalled.seconds", flow, f -> f.last().relayStalledFor().toSeconds())
                    .description("How long the relay has had a backlog without moving through it").register(registry);
            Gauge.builder("ledger.projections.lag.events", flow, f -> f.last().projectionsLag() == null ? Double.NaN : f.last().projectionsLag())
                    .description("Records of the events topic the projections have not applied yet (NaN when Kafka did not say)")
                    .tag("projection", "timelines").register(registry);
            Gauge.builder("ledger.projections.stalled.seconds", flow, f -> f.last().projectionsStalledFor().toSeconds())
                    .description("How long the projections have had a backlog without moving through it").register(registry);
            Gauge.builder("ledger.reconciliation.children.missing.events", reconciliation,
                            r -> r.last() == null ? 0 : r.last().behindCount())
                    .description("Children the last reconciliation found with stored events missing from the figures").register(registry);
        };
    }

    /** The projections' Kafka Streams state (1 for the state it is in) and this instance's copy of every timeline. */
    @Bean
    public MeterBinder projectionMetrics(ProjectionStreams projections) {
        return registry -> {
            for (KafkaStreams.State state : KafkaStreams.State.values()) {
                Gauge.builder("ledger.projections.state", projections, p -> p.state() == state ? 1 : 0)
                        .description("The projections' Kafka Streams state: 1 for the state they are in")
                        .tag("state", state.name()).register(registry);
            }
            Gauge.builder("ledger.projections.lag.events", projections, ProjectionStreams::timelinesCopyLag)
                    .description("Records of the timelines topic this instance's copy has still to read (NaN while not running)")
                    .tag("projection", "timelines-copy").register(registry);
        };
    }

    /** Imports, reads of children's data and erasures, counted since the instance started. */
    @Bean
    public MeterBinder activityMetrics(Ssda903Importer importer, ReadAudit audit, Erasures erasures) {
        return registry -> {
            FunctionCounter.builder("ledger.import.rows", importer, Ssda903Importer::rowsTaken)
                    .description("Episode rows of 903 imports recorded or found unchanged").tag("outcome", "taken").register(registry);
            FunctionCounter.builder("ledger.import.rows", importer, Ssda903Importer::rowsRefused)
                    .description("Episode rows of 903 imports refused").tag("outcome", "refused").register(registry);
            FunctionCounter.builder("ledger.read.audit.writes", audit, ReadAudit::written)
                    .description("Reads of children's data recorded in the read audit").tag("outcome", "written").register(registry);
            FunctionCounter.builder("ledger.read.audit.writes", audit, ReadAudit::failed)
                    .description("Reads of children's data refused because the read audit could not record them")
                    .tag("outcome", "failed").register(registry);
            FunctionCounter.builder("ledger.erasures", erasures, Erasures::erased)
                    .description("Children whose personal data was erased").register(registry);
        };
    }

    /** Failed sign-ins of local users and the locks they earned (none with an OAuth2/OIDC issuer, which throttles its own). */
    @Bean
    public MeterBinder signInMetrics(org.springframework.beans.factory.ObjectProvider<SignInThrottle> throttle) {
        return registry -> throttle.ifAvailable(signIns -> {
            FunctionCounter.builder("ledger.sign.in.failures", signIns, SignInThrottle::failures)
                    .description("Sign-ins refused for a wrong password or an unknown user").register(registry);
            FunctionCounter.builder("ledger.sign.in.refused.locked", signIns, SignInThrottle::refusals)
                    .description("Sign-in attempts refused unchecked because their user or address was locked").register(registry);
            for (SignInThrottle.Scope scope : SignInThrottle.Scope.values()) {
                String tag = scope.name().toLowerCase(java.util.Locale.ROOT);
                FunctionCounter.builder("ledger.sign.in.locks", signIns, t -> t.locksStarted(scope))
                        .description("Sign-in locks started after too many failures").tag("scope", tag).register(registry);
                Gauge.builder("ledger.sign.in.locked", signIns, t -> t.lockedNow(scope))
                        .description("Users or addresses whose sign-in is locked now").tag("scope", tag).register(registry);
            }
        });
    }
}
