package org.placementledger.infra.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The projections in /actuator/health: a dashboard is only as live as its stream threads, so an
 * instance whose projections have stopped reports itself down, and one whose figures do not yet hold every child
 * (just started, or restored from a backup) reports itself out of service until they do.
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
        // Started, but not yet holding every child: the figures would be short, so not UP (but not DOWN either).
        if (health.build().getStatus().equals(org.springframework.boot.actuate.health.Status.UP) && !streams.figuresLoaded()) {
            health = Health.outOfService().withDetail("figures", "loading: every child's timeline is read from the projections' store "
                    + "once they run; until then the figures are not served");
        }
        return health.withDetail("state", state.name()).build();
    }
}
