package org.placementledger.projections.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.Properties;

/** The Kafka Streams settings the projections rely on. */
public final class StreamsSettings {

    /** Enough for the timelines of several thousand children changed within one commit. */
    static final long CACHE_BYTES = 32L * 1024 * 1024;

    private StreamsSettings() {
    }

    public static Properties of(String applicationId, String bootstrapServers, Path stateDir) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        // A count must move exactly once per event, also across a crash: the regrouped counts are not idempotent.
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // The stores that ask for caching merge the changes to one child within a commit (50 ms), so a backlog
        // leaves each child's timeline once per commit, not once per event; what merges is flushed at the commit.
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, CACHE_BYTES);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        // A child's timeline is several kilobytes of JSON: larger, compressed batches to the changelogs and
        // placement-timelines mean far fewer requests and bytes for the broker when many children change at once.
        p.put(StreamsConfig.producerPrefix(org.apache.kafka.clients.producer.ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        p.put(StreamsConfig.producerPrefix(org.apache.kafka.clients.producer.ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // Every step of the topologies names its serdes; the defaults are the input topic's, for a step that does not.
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, RecordedEventSerde.class);
        // A record that is not an event is logged with its topic, partition and offset and passed over; one that waits
        // for the children's keys is read again.
        p.put(StreamsConfig.DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, UnreadableRecords.class);
        // Leave the group on close, so a restart does not wait out the session of its previous self.
        p.put("internal.leave.group.on.close", true);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // A fetch that finds nothing committed yet is answered within 20 ms, not the default half second: the
        // timelines a commit makes visible reach every instance's global store that much sooner.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), 20);
        return p;
    }
}
