package org.placementledger.infra.faults;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.placementledger.events.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The placement-events topic read from outside the application: where a record owed to the figures went missing
 * (never relayed, or relayed and not applied), and the relay's records sent again to prove the projections count once.
 */
final class EventsTopic {

    private EventsTopic() {
    }

    /** Every record on the topic, in partition order. The values are sealed bytes; the key is the child's id. */
    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PLACEMENT_EVENTS, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    /** How many records each child has on the topic. */
    static Map<String, Integer> recordsPerChild(String bootstrap) {
        Map<String, Integer> counts = new HashMap<>();
        for (var r : readAll(bootstrap)) counts.merge(r.key(), 1, Integer::sum);
        return counts;
    }

    /** Appends the given records to the topic again, with the same keys and bytes: a duplicate delivery. */
    static void sendAgain(String bootstrap, List<ConsumerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (var r : records) producer.send(new ProducerRecord<>(Topics.PLACEMENT_EVENTS, r.key(), r.value()));
            producer.flush();
        }
    }

    /**
     * For a failure message: of the children owed to the figures, those missing from the event store or from the
     * topic, and those on the topic more than once (which the projections must count once).
     */
    static String diagnose(LedgerClient client, String bootstrap, Set<String> owed) {
        Map<String, Integer> onTopic = recordsPerChild(bootstrap);
        Map<String, String> notRelayed = new TreeMap<>();
        for (String child : owed) {
            if (!onTopic.containsKey(child)) {
                LedgerClient.Response history = client.get("/api/children/" + child + "/history");
                notRelayed.put(child, "history " + history.status() + (history.ok() ? " events " + history.json().path("events").size() : ""));
            }
        }
        long repeated = onTopic.values().stream().filter(n -> n > 1).count();
        return String.format("%n  owed %d children; on the topic %d children in %d records (%d children more than once);%n"
                        + "  owed but not on the topic (not relayed): %s", owed.size(), onTopic.size(),
                onTopic.values().stream().mapToInt(Integer::intValue).sum(), repeated, notRelayed);
    }

    /** Records the projections have yet to read from the events topic (their consumer group's committed offsets to the end). */
    static long projectionsLag(String bootstrap) {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var committed = admin.listConsumerGroupOffsets("placement-ledger").partitionsToOffsetAndMetadata().get();
            var latest = new HashMap<TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
            committed.keySet().stream().filter(tp -> tp.topic().equals(Topics.PLACEMENT_EVENTS))
                    .forEach(tp -> latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
            if (latest.isEmpty()) return Long.MAX_VALUE;
            var ends = admin.listOffsets(latest).all().get();
            long lag = 0;
            for (var tp : latest.keySet()) lag += Math.max(0, ends.get(tp).offset() - committed.get(tp).offset());
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the projections' offsets", e);
        }
    }

    /** Waits until the projections have read the events topic to its end. */
    static void awaitProjectionsRead(String bootstrap, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lag = Long.MAX_VALUE;
        while (System.nanoTime() < deadline) {
            lag = projectionsLag(bootstrap);
            if (lag == 0) return;
            Figures.sleep(500);
        }
        throw new AssertionError("the projections still had " + lag + " records of the events topic to read after " + timeout);
    }
}
