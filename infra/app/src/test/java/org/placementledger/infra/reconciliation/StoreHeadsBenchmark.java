package org.placementledger.infra.reconciliation;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.commandside.eventstore.StoreHeads;
import org.placementledger.infra.embedded.EmbeddedMongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the reconciliation's read of every child's last sequence costs on the embedded MongoDB: events shaped as the
 * store keeps them (a payload of about a kilobyte), {@code -Dbench.events} of them (default 200,000) for a child per
 * five events. Prints the time and the heap after. Run with
 * {@code ./mvnw -B -Pbench -pl infra/app -am verify -Dtest=StoreHeadsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class StoreHeadsBenchmark {

    @TempDir
    Path dataDir;

    @Test
    void everyChildsLastSequence_overTheWholeStore() {
        int events = Integer.getInteger("bench.events", 200_000);
        int perChild = 5;
        String payload = "x".repeat(1_000);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            List<Document> batch = new ArrayList<>();
            for (int p = 0; p < events; p++) {
                String child = "TQ-" + (p / perChild);
                batch.add(new Document("_id", (long) p).append("aggregateId", child).append("sequence", (long) (p % perChild))
                        .append("streamKey", child + "/" + (p % perChild)).append("payload", payload));
                if (batch.size() == 1_000) {
                    database.getCollection("events").insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) database.getCollection("events").insertMany(batch);
            database.getCollection("event_counters").insertOne(new Document("_id", "events").append("last", (long) events));
            mongo.commit();

            StoreHeads heads = new StoreHeads(database);
            for (int run = 1; run <= 3; run++) {
                System.gc();
                long started = System.nanoTime();
                Map<String, Long> last = heads.lastSequences();
                long millis = (System.nanoTime() - started) / 1_000_000;
                Runtime rt = Runtime.getRuntime();
                System.out.printf("StoreHeads: %,d events, %,d children: every child's last sequence in %,d ms (run %d); heap used after %,d MB of %,d MB max%n",
                        events, last.size(), millis, run, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
                assertThat(last).hasSize(events / perChild).containsEntry("TQ-0", (long) perChild - 1);
            }
        }
    }
}
