package org.placementledger.infra.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded servers keep what they were given across a restart on the same data directory. */
class EmbeddedServersTest {

    @TempDir
    Path dataDir;

    @Test
    void givenARecordOnTheEmbeddedBroker_whenTheBrokerRestarts_thenTheRecordIsStillThere() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "TQ-1001", "CareStarted")).get();
            }
        }
        try (EmbeddedKafka restarted = EmbeddedKafka.start(dataDir);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, restarted.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "reader",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("kept"));
            List<ConsumerRecord<String, String>> read = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (read.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
            }
            assertThat(read).extracting(ConsumerRecord::key, ConsumerRecord::value).containsExactly(org.assertj.core.groups.Tuple.tuple("TQ-1001", "CareStarted"));
        }
    }

    @Test
    void givenADocumentInTheEmbeddedMongo_whenTheServerRestarts_thenTheDocumentIsStillThere() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("placement-ledger").getCollection("kept").insertOne(new Document("_id", "TQ-1001").append("inCare", true));
            mongo.commit();
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document kept = client.getDatabase("placement-ledger").getCollection("kept").find(new Document("_id", "TQ-1001")).first();
            assertThat(kept).isNotNull();
            assertThat(kept.getBoolean("inCare")).isTrue();
        }
    }
}
