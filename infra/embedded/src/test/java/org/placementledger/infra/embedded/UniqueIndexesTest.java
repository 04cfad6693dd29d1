package org.placementledger.infra.embedded;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server's unique indexes, kept by their keys' bytes, still refuse a second key and survive a restart. */
class UniqueIndexesTest {

    @TempDir
    Path dataDir;

    @Test
    void a_duplicate_key_is_refused_an_ordered_batch_stops_at_it_and_the_index_holds_after_a_restart() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("t").getCollection("events");
            events.createIndex(Indexes.ascending("streamKey"), new IndexOptions().unique(true));
            List<Document> batch = new ArrayList<>();
            for (long p = 0; p < 2_000; p++) batch.add(new Document("_id", p).append("streamKey", "child-" + (p % 500) + ":" + (p / 500)));
            events.insertMany(batch);

            assertThatThrownBy(() -> events.insertOne(new Document("_id", 5_000L).append("streamKey", "child-7:2")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 7L).append("streamKey", "new")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            List<Document> racing = List.of(new Document("_id", 6_000L).append("streamKey", "child-1:9"),
                    new Document("_id", 6_001L).append("streamKey", "child-1:0"),
                    new Document("_id", 6_002L).append("streamKey", "child-1:10"));
            assertThatThrownBy(() -> events.insertMany(racing, new InsertManyOptions().ordered(true)))
                    .isInstanceOf(MongoBulkWriteException.class);
            assertThat(events.countDocuments(Filters.in("_id", 6_000L, 6_001L, 6_002L))).as("the rows before the refused one only").isEqualTo(1);
            mongo.commit();
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("t").getCollection("events");
            assertThat(events.find(Filters.eq("streamKey", "child-499:3")).first()).extracting(d -> d.get("_id")).isEqualTo(1_999L);
            assertThat(events.find(Filters.eq("_id", 1_234L)).first()).extracting(d -> d.get("streamKey")).isEqualTo("child-234:2");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", 9_000L).append("streamKey", "child-0:0")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        }
    }
}
