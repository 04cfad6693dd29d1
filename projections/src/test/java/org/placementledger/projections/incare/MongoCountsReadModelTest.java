package org.placementledger.projections.incare;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MongoCountsReadModelTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoCountsSink sink = new MongoCountsSink(client.getDatabase("ledger"),
            Clock.fixed(Instant.parse("2025-06-30T09:00:00Z"), ZoneOffset.UTC));
    private final InCareNowReader reader = new InCareNowReader(client.getDatabase("ledger"));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void givenCountsWrittenTwice_thenTheReadModelHoldsEachFigureOnce() {
        for (int repeat = 0; repeat < 2; repeat++) {
            sink.put(InCareNowTopology.DIMENSION_IN_CARE, InCareNowTopology.ALL, 3);
            sink.put(InCareNowTopology.DIMENSION_PLACEMENT_TYPE, "U6", 2);
            sink.put(InCareNowTopology.DIMENSION_PLACEMENT_TYPE, "K2", 1);
            sink.put(InCareNowTopology.DIMENSION_PROVIDER, "PR4", 3);
            sink.put(InCareNowTopology.DIMENSION_SHORT_BREAKS, InCareNowTopology.ALL, 1);
        }

        InCareNow now = reader.read();
        assertThat(now.inCare()).isEqualTo(3);
        assertThat(now.shortBreaks()).isEqualTo(1);
        assertThat(now.byPlacementType()).isEqualTo(Map.of("K2", 1L, "U6", 2L));
        assertThat(now.byProvider()).isEqualTo(Map.of("PR4", 3L));
        assertThat(now.updatedAt()).isEqualTo(Instant.parse("2025-06-30T09:00:00Z"));
    }

    @Test
    void givenAFigureThatFalls_thenTheDocumentHoldsTheNewFigure_notASum() {
        sink.put(InCareNowTopology.DIMENSION_PLACEMENT_TYPE, "U6", 3);
        sink.put(InCareNowTopology.DIMENSION_PLACEMENT_TYPE, "U6", 1);

        assertThat(reader.read().byPlacementType()).containsExactly(Map.entry("U6", 1L));
        assertThat(client.getDatabase("ledger").getCollection(MongoCountsSink.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void givenAFigure_thenItIsOneDocumentKeyedByDimensionAndGroup() {
        sink.put(InCareNowTopology.DIMENSION_PROVIDER, "PR4", 96);
        sink.put(InCareNowTopology.DIMENSION_PROVIDER, "PR4", 96);

        List<Document> stored = client.getDatabase("ledger").getCollection(MongoCountsSink.COLLECTION).find().into(new java.util.ArrayList<>());
        assertThat(stored).containsExactly(new Document("_id", "provider/PR4")
                .append("dimension", "provider")
                .append("group", "PR4")
                .append("children", 96L)
                .append("updatedAt", Date.from(Instant.parse("2025-06-30T09:00:00Z"))));
    }

    @Test
    void givenAGroupThatFallsToZero_thenItIsLeftOutOfTheAnswer() {
        sink.put(InCareNowTopology.DIMENSION_PLACEMENT_TYPE, "U6", 1);
        sink.put(InCareNowTopology.DIMENSION_PLACEMENT_TYPE, "U6", 0);

        assertThat(reader.read().byPlacementType()).isEmpty();
        // The document stays, holding 0: a late repeat of an older figure cannot find a gap to fill.
        assertThat(client.getDatabase("ledger").getCollection(MongoCountsSink.COLLECTION).find().first())
                .containsEntry("_id", "placementType/U6").containsEntry("children", 0L);
    }

    @Test
    void givenNothingCountedYet_thenTheAnswerIsZero() {
        InCareNow now = reader.read();
        assertThat(now.inCare()).isZero();
        assertThat(now.updatedAt()).isNull();
    }
}
