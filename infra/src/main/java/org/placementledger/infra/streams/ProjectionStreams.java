package org.placementledger.infra.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.placementledger.projections.incare.CountsSink;
import org.placementledger.projections.incare.InCareNowTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.Properties;

/** Runs the projections' Kafka Streams topology for as long as the application runs. */
public class ProjectionStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionStreams.class);

    private final Properties settings;
    private final CountsSink sink;
    private KafkaStreams streams;

    public ProjectionStreams(Properties settings, CountsSink sink) {
        this.settings = settings;
        this.sink = sink;
    }

    @Override
    public void start() {
        StreamsBuilder builder = new StreamsBuilder();
        InCareNowTopology.addTo(builder, sink);
        streams = new KafkaStreams(builder.build(settings), settings);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("A projection thread failed; replacing it and carrying on from the last commit", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        log.info("Projections started ({})", settings.getProperty("application.id"));
    }

    @Override
    public void stop() {
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    public KafkaStreams.State state() {
        return streams == null ? KafkaStreams.State.NOT_RUNNING : streams.state();
    }
}
