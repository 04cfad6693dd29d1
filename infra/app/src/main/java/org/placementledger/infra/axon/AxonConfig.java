package org.placementledger.infra.axon;

import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.placementledger.commandside.aggregate.ChildCommandTargetResolver;
import org.placementledger.commandside.http.RecordingMetadata;
import org.placementledger.commandside.eventstore.MongoPositionedEventStorageEngine;
import org.placementledger.events.json.LedgerJson;
import org.placementledger.infra.mongo.MongoConnection;
import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.infra.relay.KafkaEventRelay;
import org.placementledger.infra.relay.RelayProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import java.time.Duration;

@Configuration
public class AxonConfig {

    private static final int RELAY_BATCH_SIZE = 100;

    @Bean
    public RevisionResolver revisionResolver() {
        return new EventRevisionResolver();
    }

    /** Named so that Axon's Jackson serializers use it too: one JSON form for events, tokens and HTTP. */
    @Bean("defaultAxonObjectMapper")
    @Primary
    public ObjectMapper defaultAxonObjectMapper() {
        // Problem details carry their extra members at the top level, as RFC 9457 has them.
        return LedgerJson.mapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }

    @Bean
    public EventStorageEngine eventStorageEngine(MongoDatabase database, MongoConnection connection,
                                                 Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.placementledger.infra.privacy.MongoChildKeys childKeys,
                                                 org.placementledger.infra.metrics.EventsRecorded recorded) {
        EventStorageEngine engine = MongoPositionedEventStorageEngine.builder()
                .database(database)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
        return new CommittingEventStorageEngine(engine, connection::commitEmbedded, childKeys::prepare, recorded::count);
    }

    /**
     * Axon's event store with its shared reader turned off. With it on, one producer keeps the last 10,000 events read
     * for every tracking processor, each with its tracking token, and a token carries every gap it waits for: after a
     * kill mid-import (a batch's positions handed out, never written) that is thousands of gaps in each of 10,000
     * tokens, and the application ran out of a 512 MB heap re-importing (seen in the fault suite). The relay is the
     * one tracking processor, so the shared reader saved nothing; now it reads batch by batch from the storage engine.
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    @Bean
    public TokenStore tokenStore(MongoDatabase database, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .serializer(serializer)
                .build();
    }

    /** Named in {@code @Aggregate} of the child aggregate: routes commands by child id, with an optional expected sequence. */
    @Bean
    public ChildCommandTargetResolver childCommandTargetResolver() {
        return new ChildCommandTargetResolver();
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider recordedByProvider() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.RECORDED_BY);
    }

    /**
     * The relay's processor (see {@link RelayProcessor}), with errors propagated: Axon's default handler logs and
     * skips, and an event missing from Kafka would be missing from every figure.
     */
    @Autowired
    public void configureRelay(EventProcessingConfigurer processing, LedgerProperties properties) {
        Duration maxRetryPause = properties.relay().maxRetryPause();
        processing.registerEventProcessor(KafkaEventRelay.PROCESSING_GROUP,
                        (name, config, invoker) -> RelayProcessor.build(name, config, invoker, RELAY_BATCH_SIZE, maxRetryPause))
                .registerListenerInvocationErrorHandler(KafkaEventRelay.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
