package org.placementledger.infra.streams;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.placementledger.infra.config.LedgerProperties;
import org.axonframework.config.EventProcessingConfiguration;
import org.placementledger.infra.kafka.KafkaConnection;
import org.placementledger.infra.relay.EventLogRefill;
import org.placementledger.infra.kafka.TopicSetup;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Map;

@Configuration
public class RebuildConfig {

    private static final Logger log = LoggerFactory.getLogger(RebuildConfig.class);

    @Bean(destroyMethod = "close")
    public Admin ledgerAdmin(KafkaConnection kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    @Bean
    public ProjectionRebuilds projectionRebuilds(ProjectionStreams streams, Admin admin, TopicSetup topics,
                                                 LedgerProperties properties, MongoDatabase database, TimelineIndex timelines, Clock clock) {
        return new ProjectionRebuilds(streams, admin, properties.kafka().applicationId(), database, timelines, clock,
                topics::ensureTimelinesTopic);
    }

    /**
     * {@code --placement-ledger.rebuild=true} on the command line rebuilds every projection once the application is
     * up; so does a start after a rebuild that was cut short (the projections would be missing part of the record).
     */
    @Bean
    public ApplicationRunner rebuildOnStart(ProjectionRebuilds rebuilds, @Value("${placement-ledger.rebuild:false}") boolean rebuild) {
        return args -> {
            if (rebuild) {
                log.info("Rebuild asked for on the command line");
                rebuilds.start();
            } else if (rebuilds.wasCutShort()) {
                log.warn("The last rebuild of the projections did not finish; rebuilding them again");
                rebuilds.start();
            }
        };
    }

    @Bean
    public EventLogRefill eventLogRefill(Admin admin, EventProcessingConfiguration processing) {
        return new EventLogRefill(admin, processing);
    }
}
