package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.events.Topics;
import org.placementledger.infra.kafka.KafkaConnection;
import org.placementledger.projections.incare.TimelinesTopology;
import org.placementledger.projections.timelines.TimelineIndex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure by crypto-shredding, end to end: the personal data is sealed wherever the event goes (event store,
 * Kafka), deleting the child's key leaves only the kept forms, and the figures do not move.
 */
class ErasureEndToEndTest {

    private static final String HOME = "TQ2 5QE";
    private static final String CARER = "TQ1 3AB";
    private static final String BIRTH = "2015-06-02";

    @TempDir
    static Path dataDir;
    static RunningLedger ledger;

    @BeforeAll
    static void start() {
        // Retention at its shortest, so that a care leaver recorded in 2015 is past it.
        ledger = RunningLedger.start(dataDir, "placement-ledger.privacy.retention-years=25");
        assertThat(ledger.as("recorder").post("/api/children/ERASE1/care", ChildRequests.startCare("2025-01-06")).status()).isEqualTo(200);
        assertThat(ledger.as("recorder").post("/api/children/ERASE1/placements", ChildRequests.moveToChildrensHome("2025-09-01")).status()).isEqualTo(200);
        assertThat(ledger.as("recorder").post("/api/children/KEEP1/care", ChildRequests.startCare("2025-02-03")).status()).isEqualTo(200);
        ledger.as("manager").awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == 2, Duration.ofSeconds(60));
        // The move too, so that no event of these children arrives while a scenario compares figures.
        TimelineIndex index = ledger.bean(TimelineIndex.class);
        awaitTrue(() -> index.child("ERASE1").timeline().periods().get(0).spells().size() == 2, () -> "ERASE1's move not indexed");
    }

    @AfterAll
    static void stop() {
        if (ledger != null) ledger.close();
    }

    @Test
    void personal_data_is_stored_sealed_in_the_event_store_and_on_every_kafka_topic() {
        MongoDatabase mongo = ledger.bean(MongoDatabase.class);
        List<String> payloads = new ArrayList<>();
        for (Document d : mongo.getCollection("events").find()) payloads.add(d.getString("payload"));
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join("\n", payloads)).doesNotContain(HOME, CARER, "EX4 3PL", BIRTH).contains("sealedFor");

        String topics = readAll(Topics.PLACEMENT_EVENTS) + readAll(TimelinesTopology.TIMELINES_TOPIC);
        assertThat(topics).contains("ERASE1", "sealedFor").doesNotContain(HOME, CARER, "EX4 3PL", BIRTH);
    }

    @Test
    void after_erasure_the_childs_history_shows_only_the_kept_forms_and_the_figures_do_not_move() {
        ledger.as("recorder").post("/api/children/GONE1/care", ChildRequests.startCare("2025-03-03"));
        ledger.as("recorder").post("/api/children/GONE1/care/end", ChildRequests.ceaseCare("2025-12-01", "E4A"));
        TimelineIndex index = ledger.bean(TimelineIndex.class);
        awaitTrue(() -> index.child("GONE1").timeline().periods().get(0).end() != null, () -> "GONE1 not indexed with its end of care");
        JsonNode before = figures();
        assertThat(ledger.as("auditor").get("/api/children/GONE1/history").body()).contains(HOME, BIRTH);

        double erasuresBefore = erasuresCounted();
        RunningLedger.Response erased = ledger.as("administrator").post("/api/admin/children/GONE1/erasure",
                "{\"reason\": \"erasure agreed with the data protection officer, case 2026/114\"}");

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().path("alreadyErased").asBoolean()).isFalse();
        String history = ledger.as("auditor").get("/api/children/GONE1/history").body();
        assertThat(history).doesNotContain(HOME, CARER, BIRTH).contains("PersonalDataErased", "TQ2 5", "TQ1 3", "2015-06-01");
        // The projections read the child again without the key.
        awaitTrue(() -> "TQ2 5".equals(index.child("GONE1").timeline().details().homePostcode().value()),
                () -> String.valueOf(index.child("GONE1").timeline()));
        assertThat(figures()).isEqualTo(before);
        assertThat(ledger.as("auditor").get("/api/audit/verify").json().path("intact").asBoolean()).isTrue();
        // Its key is gone from the store; the marker says when and why, and the audit of erasures says who.
        Document key = ledger.bean(MongoDatabase.class).getCollection("child_keys").find(new Document("_id", "GONE1")).first();
        assertThat(key).doesNotContainKey("wrapped").containsEntry("basis", "REQUEST");
        JsonNode audit = ledger.as("auditor").get("/api/audit/erasures?childId=GONE1").json();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("by").asText()).isEqualTo("administrator");
        assertThat(audit.get(0).path("reason").asText()).contains("case 2026/114");
        // Nothing more is recorded of the child: it would be stored without its personal data.
        RunningLedger.Response move = ledger.as("recorder").post("/api/children/GONE1/placements", ChildRequests.moveToChildrensHome("2026-01-05"));
        assertThat(move.status()).isEqualTo(422);
        assertThat(move.json().path("rule").asText()).isEqualTo("PERSONAL_DATA_ERASED");
        // Asked again: nothing more is recorded.
        String once = ledger.as("auditor").get("/api/children/GONE1/history").body();
        RunningLedger.Response again = ledger.as("administrator").post("/api/admin/children/GONE1/erasure", "{\"reason\": \"again\"}");
        assertThat(again.json().path("alreadyErased").asBoolean()).isTrue();
        assertThat(ledger.as("auditor").get("/api/children/GONE1/history").body()).isEqualTo(once);
        assertThat(erasuresCounted()).as("the metrics count the erasure once, not the request made again").isEqualTo(erasuresBefore + 1);
    }

    /** {@code ledger_erasures_total} as the administrator's scrape gives it. */
    private static double erasuresCounted() {
        for (String line : ledger.as("administrator").get("/actuator/prometheus").body().split("\n")) {
            if (line.startsWith("ledger_erasures_total")) return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
        throw new AssertionError("no ledger_erasures_total in the scrape");
    }

    @Test
    void an_erasure_without_a_reason_or_of_an_unknown_child_is_refused_and_erases_nothing() {
        RunningLedger.Response noReason = ledger.as("administrator").post("/api/admin/children/KEEP1/erasure", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
        RunningLedger.Response unknown = ledger.as("administrator").post("/api/admin/children/NOBODY/erasure", "{\"reason\": \"test\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(ledger.as("recorder").post("/api/admin/children/KEEP1/erasure", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        RunningLedger.Response inCare = ledger.as("administrator").post("/api/admin/children/KEEP1/erasure", "{\"reason\": \"while in care\"}");
        assertThat(inCare.status()).isEqualTo(409);
        assertThat(inCare.json().path("type").asText()).isEqualTo("/problems/child-in-care");

        assertThat(ledger.as("auditor").get("/api/children/KEEP1/history").body()).contains(HOME, BIRTH);
        assertThat(ledger.bean(MongoDatabase.class).getCollection("child_keys").find(new Document("_id", "KEEP1")).first()).containsKey("wrapped");
    }

    @Test
    void the_retention_sweep_erases_the_records_past_their_retention_and_no_other() {
        String born2000 = ChildRequests.startCare("2015-04-07").replace(BIRTH, "2000-03-17").replace("\"sex\": \"F\"", "\"sex\": \"2\"");
        RunningLedger.Response started = ledger.as("recorder").post("/api/children/OLD1/care", born2000);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(ledger.as("recorder").post("/api/children/OLD1/care/end", ChildRequests.ceaseCare("2016-02-01", "E4A")).status()).isEqualTo(200);
        TimelineIndex index = ledger.bean(TimelineIndex.class);
        awaitTrue(() -> index.child("OLD1") != null && index.child("OLD1").timeline().periods().get(0).end() != null, () -> "OLD1 not indexed");

        List<String> erased = ledger.bean(org.placementledger.infra.config.PrivacyConfig.RetentionThread.class).sweep().sweep();

        assertThat(erased).containsExactly("OLD1");
        JsonNode audit = ledger.as("auditor").get("/api/audit/erasures?childId=OLD1").json();
        assertThat(audit.get(0).path("basis").asText()).isEqualTo("RETENTION");
        assertThat(ledger.as("auditor").get("/api/children/OLD1/history").body()).doesNotContain("2000-03-17", HOME).contains("\"dateOfBirth\":\"2000-03-01\"");
        assertThat(ledger.bean(org.placementledger.infra.config.PrivacyConfig.RetentionThread.class).sweep().sweep()).isEmpty();
    }

    @Test
    void the_master_key_is_in_the_data_folder_readable_by_its_owner_only() throws Exception {
        Path masterKey = dataDir.resolve("master.key");
        assertThat(masterKey).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(masterKey))).isEqualTo("rw-------");
        assertThat(Files.readString(masterKey).trim()).hasSize(44);
    }

    /** The measures at two dates, with what says when they were made left out. */
    private static JsonNode figures() {
        ObjectNode both = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        // Days the erased child was in care, so that its kept forms are what these figures read.
        for (String asAt : List.of("2025-06-30", "2025-10-31")) {
            JsonNode m = ledger.as("manager").get("/api/measures?asAt=" + asAt).json().deepCopy();
            ((ObjectNode) m).remove(List.of("asKnownAt", "computedAt", "generatedAt"));
            both.set(asAt, m);
        }
        return both;
    }

    private static String readAll(String topic) {
        KafkaConnection kafka = ledger.bean(KafkaConnection.class);
        StringBuilder all = new StringBuilder();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic)) partitions.add(new TopicPartition(topic, p.partition()));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) all.append(new String(r.value(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> last) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) return;
            } catch (NullPointerException notYet) {
                // the child is not in the index yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                // An interrupted wait has not seen the condition: it fails rather than pass for one that held.
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted before the condition held: " + last.get(), e);
            }
        }
        throw new AssertionError("the condition did not hold within a minute: " + last.get());
    }
}
