package org.placementledger.infra.reconciliation;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Whether the events reach the figures, in {@code /actuator/health} as {@code eventFlow}: DOWN while the relay or
 * the projections have a backlog they have not moved through for the configured time, and while the last
 * reconciliation named children whose stored events are missing from the figures (or ahead of the store). An
 * instance whose stream threads run but whose figures lack events is not healthy.
 */
public final class EventFlowHealth implements HealthIndicator {

    private final EventFlow flow;
    private final Reconciliation reconciliation;

    public EventFlowHealth(EventFlow flow, Reconciliation reconciliation) {
        this.flow = flow;
        this.reconciliation = reconciliation;
    }

    @Override
    public Health health() {
        EventFlow.Snapshot s = flow.last();
        Reconciliation.Report report = reconciliation.last();
        boolean reconciled = report == null || !report.faultFound();
        Health.Builder health = !s.relayStalled() && !s.projectionsStalled() && reconciled ? Health.up() : Health.down();
        health.withDetail("storeLastPosition", s.storeLastPosition())
                .withDetail("relayPosition", s.relayPosition() == null ? "none yet" : s.relayPosition())
                .withDetail("relayLag", s.relayLag())
                .withDetail("relayStalledSeconds", s.relayStalledFor().toSeconds())
                .withDetail("projectionsLag", s.projectionsLag() == null ? "unknown" : s.projectionsLag())
                .withDetail("projectionsStalledSeconds", s.projectionsStalledFor().toSeconds())
                .withDetail("sampledAt", s.sampledAt().toString());
        if (s.kafkaError() != null) health.withDetail("kafka", s.kafkaError());
        if (report != null) {
            health.withDetail("reconciledAt", report.checkedAt().toString())
                    .withDetail("childrenMissingEvents", report.behindCount())
                    .withDetail("childrenAheadOfStore", report.aheadCount());
        }
        return health.build();
    }
}
