package org.placementledger.projections.kafka;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.placementledger.events.CareStarted;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.Postcode;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.Sex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StreamsSettingsTest {

    private final StreamsConfig config = new StreamsConfig(
            StreamsSettings.of("placement-ledger-projections", "127.0.0.1:9092", Path.of("/var/lib/placement-ledger/streams")));

    private static final RecordedEvent CARE_STARTED = new RecordedEvent("e1", "TQ-1001", 0, Instant.parse("2024-01-15T16:42:00Z"),
            "j.smith", "1", new CareStarted("TQ-1001", LocalDate.of(2024, 1, 15), LocalDate.of(2014, 6, 2), Sex.F,
            Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1,
            new Placement("P1", PlacementType.U6, PlacementProvider.PR4, "SC484322", Postcode.of("TQ1 3AB"), Money.of("965.00"), false)));

    @Test
    void givenTheProjectionSettings_thenEachEventCountsOnceAndChangesArePassedOnAtEachCommit() {
        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.getLong(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG)).isEqualTo(32L * 1024 * 1024);
        assertThat(config.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50);
        assertThat(config.originalsWithPrefix("consumer.").get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)).isEqualTo(20);
        assertThat(config.getString(StreamsConfig.STATE_DIR_CONFIG)).isEqualTo("/var/lib/placement-ledger/streams");
        assertThat(config.defaultDeserializationExceptionHandler()).isInstanceOf(UnreadableRecords.class);
    }

    @Test
    void givenTheProjectionSettings_thenARestartedInstanceLeavesItsGroupAndIsMissedWithinSixSeconds() {
        Map<String, Object> consumer = config.getMainConsumerConfigs("placement-ledger-projections", "projections-1", 0);

        // Streams sets its own value for this one; the setting must win over it.
        assertThat(consumer).containsEntry("internal.leave.group.on.close", true);
        assertThat(consumer).containsEntry("session.timeout.ms", 6000);
    }

    @Test
    void givenTheDefaultSerdes_thenTheyReadAndWriteThePlacementEventsTopic() {
        assertThat(config.defaultKeySerde()).isInstanceOf(Serdes.StringSerde.class);

        @SuppressWarnings("unchecked")
        var values = (org.apache.kafka.common.serialization.Serde<RecordedEvent>) config.defaultValueSerde();
        byte[] json = values.serializer().serialize("placement-events", CARE_STARTED);

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"@type\":\"CareStarted\"", "\"effectiveDate\":\"2024-01-15\"",
                "\"recordedAt\":\"2024-01-15T16:42:00Z\"");
        assertThat(values.deserializer().deserialize("placement-events", json)).isEqualTo(CARE_STARTED);
    }
}
