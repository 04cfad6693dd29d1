package org.placementledger.infra.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The projections in /actuator/health: a dashboard is only as live as its stream threads, so an
 * instance whose projections have stopped reports itself down.
 */
@Component("projections")
public class ProjectionsHealth implements HealthIndicator {

    private final ProjectionStreams streams;

    public ProjectionsHealth(ProjectionStreams streams) {
        this.streams = streams;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = streams.state();
        Health.Builder health = switch (state) {
            case RUNNING, REBALANCING, CREATED -> Health.up();
            default -> Health.down();
        };
        return health.withDetail("state", state.name()).build();
    }
}
