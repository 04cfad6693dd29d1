package org.placementledger.infra.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents are stored as BSON; a data folder written before, with documents in H2's own form, must read back
 * exactly, take new documents beside the old, and keep both across a restart.
 */
class StoredDocumentsTest {

    @TempDir
    Path dataDir;

    @Test
    void a_data_folder_written_before_reads_back_whole_and_takes_new_documents_beside_the_old() {
        Path file = dataDir.resolve("mongodb").resolve("placement-ledger.mv");
        file.getParent().toFile().mkdirs();
        List<Document> before = documents(0, 300);
        H2Backend plain = new H2Backend(file.toString());
        MongoServer server = new MongoServer(plain);
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("t").getCollection("events").insertMany(before);
        } finally {
            server.shutdownNow();
        }

        List<Document> after = documents(300, 300);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("t").getCollection("events");
            assertThat(all(events)).as("the old documents, as they were written").isEqualTo(before);
            events.insertMany(after);
            events.updateOne(Filters.eq("_id", 5L), new Document("$set", new Document("note", "changed after the upgrade")));
            mongo.commit();
        }
        before.get(5).put("note", "changed after the upgrade");
        List<Document> expected = new ArrayList<>(before);
        expected.addAll(after);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(dataDir); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> events = client.getDatabase("t").getCollection("events");
            assertThat(all(events)).as("old, changed and new documents after a restart").isEqualTo(expected);
            assertThat(events.countDocuments(Filters.eq("kind", "CareStarted"))).isEqualTo(400);
        }
    }

    @Test
    void a_document_is_written_as_bson_and_read_back_equal() {
        BsonDocumentType type = new BsonDocumentType();
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", 7L)
                .append("text", "caf\u00e9 \u2013 a child's placement")
                .append("int", 3)
                .append("double", 2.5)
                .append("flag", true)
                .append("missing", null)
                .append("date", java.time.Instant.parse("2024-03-31T23:59:59.123Z"))
                .append("list", List.of(1L, "two", new de.bwaldvogel.mongo.bson.Document("three", 3)))
                .append("nested", new de.bwaldvogel.mongo.bson.Document("a", new de.bwaldvogel.mongo.bson.Document("b", "c")));
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        type.write(buffer, document);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        assertThat(written.get(0)).as("the BSON tag").isEqualTo(BsonDocumentType.BSON_DOCUMENT);
        assertThat(type.read(written)).isEqualTo(document);
        assertThat(type.read(written)).as("the second, after the first's bytes exactly").isEqualTo(document);
        assertThat(written.remaining()).isZero();
    }

    private static List<Document> documents(int from, int count) {
        List<Document> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            out.add(new Document("_id", (long) i)
                    .append("streamKey", "child-" + i + "/0")
                    .append("kind", i % 3 == 0 ? "PlacementChanged" : "CareStarted")
                    .append("payload", "{\"childId\":\"child-" + i + "\",\"weeklyCost\":" + (1000 + i) + ".50,\"note\":\"\u00e9\"}")
                    .append("sequence", i % 7)
                    .append("cost", 1234.5 + i)
                    .append("exact", new Decimal128(new BigDecimal("1234.56")))
                    .append("storedAt", new Date(1_700_000_000_000L + i))
                    .append("ref", new ObjectId(1_700_000_000, i))
                    .append("bytes", new Binary(new byte[]{1, 2, (byte) i}))
                    .append("tags", List.of("a", "b", i))
                    .append("nested", new Document("open", i % 2 == 0).append("none", null)));
        }
        return out;
    }

    private static List<Document> all(MongoCollection<Document> events) {
        return events.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
