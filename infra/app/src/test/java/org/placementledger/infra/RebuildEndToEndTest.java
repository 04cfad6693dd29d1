package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every projection and read model rebuilt from the retained event log gives back the figures served live. */
class RebuildEndToEndTest {

    private static final Duration LIVE = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    void givenChildrenRecorded_whenEveryProjectionIsRebuiltFromTheEventLog_thenEveryMeasureIsWhatWasServedLiveBefore() {
        LocalDate today = LocalDate.now();
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            ok(ledger.post("/api/children/TQ-1/care", ChildRequests.startCare(today.minusMonths(14).toString())));
            ok(ledger.post("/api/children/TQ-1/placements", ChildRequests.moveToChildrensHome(today.minusMonths(5).toString())));
            ok(ledger.post("/api/children/TQ-2/care", ChildRequests.startCare(today.minusMonths(8).toString())));
            ok(ledger.post("/api/children/TQ-2/placements/P1/cost", ChildRequests.costFrom(today.minusMonths(2).toString(), "1010.00")));
            ok(ledger.post("/api/children/TQ-3/care", ChildRequests.startCare(today.minusMonths(6).toString())));
            ok(ledger.post("/api/children/TQ-3/care/end", ChildRequests.ceaseCare(today.minusMonths(1).toString(), "E4A")));
            ledger.awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == 2
                    && n.path("byPlacementType").path("K2").asLong() == 1, LIVE);
            String flows = "/api/measures?asAt=" + today + "&from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
            String past = "/api/measures?asAt=" + today.minusMonths(7);
            // Every event in (children's events reach the projections in any order across partitions: each leaves its
            // mark here), then the live figures, which follow a moment later: they must be the figures computed from
            // scratch over the same children.
            JsonNode liveFlows = ledger.awaitJson(flows, n -> n.path("flows").path("started").asLong() == 2
                    && n.path("flows").path("ceased").asLong() == 1 && n.path("flows").path("moves").asLong() == 1
                    && n.path("spend").path("weeklyTotal").decimalValue().compareTo(new java.math.BigDecimal("5735")) == 0, LIVE);
            JsonNode fromScratch = ledger.get("/api/measures?asAt=" + today).json();
            JsonNode liveNow = ledger.awaitJson("/api/dashboard/now", n -> n.equals(fromScratch), LIVE);
            JsonNode livePast = ledger.get(past).json();

            JsonNode liveAlerts = ledger.awaitJson("/api/alerts", n -> n.findValuesAsText("kind").contains("PLACED_OUT_OF_AREA"), LIVE);
            // An alert lost from its collection: the rebuild raises it again (and leaves the others as they are).
            ledger.bean(com.mongodb.client.MongoDatabase.class).getCollection("alerts").deleteMany(new org.bson.Document());

            RunningLedger.Response started = ledger.post("/api/admin/rebuild", "{}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            JsonNode done = ledger.awaitJson("/api/admin/rebuild", n -> "DONE".equals(n.path("state").asText()), LIVE);
            assertThat(done.path("eventsTotal").asLong()).isEqualTo(6);
            assertThat(done.path("eventsDone").asLong()).isEqualTo(6);

            ledger.awaitJson(flows, n -> n.equals(liveFlows), LIVE);
            assertThat(ledger.get(past).json()).isEqualTo(livePast);
            ledger.awaitJson("/api/dashboard/now", n -> n.equals(liveNow), LIVE);
            ledger.awaitJson("/api/alerts", n -> n.equals(liveAlerts), LIVE);

            // The record goes on after a rebuild.
            ok(ledger.post("/api/children/TQ-4/care", ChildRequests.startCare(today.minusDays(3).toString())));
            ledger.awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == 3, LIVE);
        }
    }

    @Test
    void givenARebuildCutShortByAStop_whenTheApplicationStartsAgain_thenItRebuildsEveryProjectionAgain() {
        LocalDate today = LocalDate.now();
        JsonNode before;
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            ok(ledger.post("/api/children/TQ-1/care", ChildRequests.startCare(today.minusMonths(4).toString())));
            ok(ledger.post("/api/children/TQ-2/care", ChildRequests.startCare(today.minusMonths(3).toString())));
            before = ledger.awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == 2, LIVE);
            // Stopped in the middle of a rebuild: the record says one is under way.
            com.mongodb.client.MongoDatabase database = ledger.bean(com.mongodb.client.MongoDatabase.class);
            database.getCollection("projection_rebuild").insertOne(new org.bson.Document("_id", "projections").append("state", "UNDER_WAY"));
        }
        try (RunningLedger again = RunningLedger.start(dataDir)) {
            JsonNode done = again.awaitJson("/api/admin/rebuild", n -> "DONE".equals(n.path("state").asText()), LIVE);
            assertThat(done.path("eventsDone").asLong()).isEqualTo(2);
            again.awaitJson("/api/dashboard/now", n -> n.equals(before), LIVE);
            assertThat(again.bean(org.placementledger.infra.streams.ProjectionRebuilds.class).wasCutShort()).isFalse();
        }
    }

    private static void ok(RunningLedger.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void givenTheKafkaLogLost_whenRefilledFromTheEventStore_thenEveryEventIsOnItOnce_andTheFiguresAreUnchanged() throws Exception {
        LocalDate today = LocalDate.now();
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            ok(ledger.post("/api/children/TQ-1/care", ChildRequests.startCare(today.minusMonths(4).toString())));
            ok(ledger.post("/api/children/TQ-1/placements", ChildRequests.moveToChildrensHome(today.minusMonths(2).toString())));
            ok(ledger.post("/api/children/TQ-2/care", ChildRequests.startCare(today.minusMonths(3).toString())));
            JsonNode before = ledger.awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == 2
                    && n.path("byPlacementType").path("K2").asLong() == 1, LIVE);
            org.apache.kafka.clients.admin.Admin admin = ledger.bean(org.apache.kafka.clients.admin.Admin.class);
            awaitHeld(admin, 3);

            RunningLedger.Response refused = ledger.post("/api/admin/refill-events", "{}");
            assertThat(refused.status()).as("a log that still holds its events is not refilled").isEqualTo(409);
            assertThat(refused.json().path("eventsOnTopic").asLong()).isEqualTo(3);

            // The log lost: every record deleted from every partition.
            var toDelete = new java.util.HashMap<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.RecordsToDelete>();
            org.placementledger.infra.kafka.TopicOffsets.span(admin, org.placementledger.events.Topics.PLACEMENT_EVENTS)
                    .forEach((tp, span) -> toDelete.put(tp, org.apache.kafka.clients.admin.RecordsToDelete.beforeOffset(span[1])));
            admin.deleteRecords(toDelete).all().get();
            assertThat(org.placementledger.infra.kafka.TopicOffsets.held(admin, org.placementledger.events.Topics.PLACEMENT_EVENTS)).isZero();

            RunningLedger.Response refill = ledger.post("/api/admin/refill-events", "{}");
            assertThat(refill.status()).as(refill.body()).isEqualTo(202);
            awaitHeld(admin, 3);
            Thread.sleep(2000);
            assertThat(org.placementledger.infra.kafka.TopicOffsets.held(admin, org.placementledger.events.Topics.PLACEMENT_EVENTS))
                    .as("each event once, not twice").isEqualTo(3);
            assertThat(ledger.get("/api/dashboard/now").json()).isEqualTo(before);

            ok(ledger.post("/api/children/TQ-3/care", ChildRequests.startCare(today.minusDays(2).toString())));
            ledger.awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() == 3, LIVE);
            assertThat(org.placementledger.infra.kafka.TopicOffsets.held(admin, org.placementledger.events.Topics.PLACEMENT_EVENTS)).isEqualTo(4);
        }
    }

    private static void awaitHeld(org.apache.kafka.clients.admin.Admin admin, long events) throws InterruptedException {
        long deadline = System.nanoTime() + LIVE.toNanos();
        while (org.placementledger.infra.kafka.TopicOffsets.held(admin, org.placementledger.events.Topics.PLACEMENT_EVENTS) < events) {
            if (System.nanoTime() > deadline) throw new AssertionError("placement-events did not reach " + events + " events");
            Thread.sleep(100);
        }
    }
}
