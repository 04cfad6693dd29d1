package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.placementledger.commandside.eventstore.StoreHeads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placementledger.infra.relay.KafkaEventRelay;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation and the health of the event flow, on the whole application: events that never reached the
 * topic (the relay's position moved past them, as the relay's old commit order did) are found child by child, sent
 * again from the store and counted; a relay that stops moving turns health DOWN.
 */
class ReconciliationEndToEndTest {

    private static final Duration LIVE = Duration.ofSeconds(60);
    private static final String NOW = "/api/dashboard/now";

    @TempDir
    Path dataDir;

    private static TrackingEventProcessor relay(RunningLedger ledger) {
        return ledger.bean(EventProcessingConfiguration.class)
                .eventProcessor(KafkaEventRelay.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
    }

    @Test
    void givenEventsTheRelaySkipped_whenReconciled_thenEachChildBehindIsNamedAndSentAgain_andTheFiguresCountEveryChildOnce() {
        String started = LocalDate.now().minusMonths(3).toString();
        try (RunningLedger ledger = RunningLedger.start(dataDir, "placement-ledger.reconciliation.grace=20s")) {
            for (int i = 1; i <= 3; i++) ledger.post("/api/children/TQ-10" + i + "/care", ChildRequests.startCare(started));
            ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 3, LIVE);

            // The relay stops; two children are recorded; its position is then moved past them: they never reach Kafka.
            TrackingEventProcessor relay = relay(ledger);
            relay.shutDown();
            ledger.post("/api/children/TQ-201/care", ChildRequests.startCare(started));
            ledger.post("/api/children/TQ-202/care", ChildRequests.startCare(started));
            ledger.post("/api/children/TQ-101/placements", ChildRequests.moveToChildrensHome(LocalDate.now().minusDays(3).toString()));
            relay.resetTokens(source -> source.createHeadToken());
            relay.start();
            ledger.post("/api/children/TQ-203/care", ChildRequests.startCare(started));
            ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 4, LIVE);

            RunningLedger.Response checked = ledger.post("/api/admin/reconciliation?detail=children", "");
            assertThat(checked.status()).isEqualTo(200);
            JsonNode report = checked.json();
            assertThat(report.path("resent")).extracting(JsonNode::asText).containsExactlyInAnyOrder("TQ-101", "TQ-201", "TQ-202");
            assertThat(report.path("healthy").asBoolean()).as(report.toPrettyString()).isTrue();
            assertThat(report.path("behindCount").asInt()).isZero();
            assertThat(report.path("children").path("TQ-101").path("stored").asLong()).isEqualTo(1);
            assertThat(report.path("children").path("TQ-101").path("applied").asLong()).isEqualTo(1);
            assertThat(report.path("storeChildren").asInt()).isEqualTo(6);

            JsonNode now = ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 6, LIVE);
            assertThat(now.path("byPlacementType").path("K2").asLong()).isEqualTo(1);
        }
    }

    @Test
    void givenAnEventWrittenWhereTheRelayStillWaits_whenReconciledBeforeTheRelaySendsIt_thenItIsOnItsWay_notSentAgain_andReachesTheFiguresOnceTheRelayRuns() {
        String started = LocalDate.now().minusMonths(3).toString();
        try (RunningLedger ledger = RunningLedger.start(dataDir, "placement-ledger.reconciliation.grace=5s")) {
            ledger.post("/api/children/TQ-501/care", ChildRequests.startCare(started));
            ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 1, LIVE);

            // As after a kill mid-import: the relay's stored token passed a position while its append was still being
            // written (a gap it waits for), and the event landed there before the relay read it again.
            TrackingEventProcessor relay = relay(ledger);
            relay.shutDown();
            ledger.post("/api/children/TQ-502/care", ChildRequests.startCare(started));
            long written = ledger.bean(StoreHeads.class).lastPosition();
            // The next position is handed out to an append that never writes it, and the token stands on it.
            ledger.bean(MongoDatabase.class).getCollection("event_counters").updateOne(Filters.eq("_id", "events"), Updates.inc("last", 1L));
            relay.resetTokens(GapAwareTrackingToken.newInstance(written + 1, List.of(written)));

            RunningLedger.Response waiting = ledger.post("/api/admin/reconciliation?detail=children", "");
            assertThat(waiting.status()).isEqualTo(200);
            JsonNode early = waiting.json();
            assertThat(early.path("resent").size()).as(early.toPrettyString()).isZero();
            assertThat(early.path("flow").path("relayLag").asLong()).as(early.toPrettyString()).isEqualTo(1);
            assertThat(early.path("faultFound").asBoolean()).as(early.toPrettyString()).isFalse();
            assertThat(early.path("inFlight").asInt()).as(early.toPrettyString()).isEqualTo(1);

            relay.start();
            ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 2, LIVE);
            JsonNode after = ledger.post("/api/admin/reconciliation?detail=children", "").json();
            assertThat(after.path("resent").size()).as(after.toPrettyString()).isZero();
            assertThat(after.path("healthy").asBoolean()).as(after.toPrettyString()).isTrue();
            assertThat(after.path("children").path("TQ-502").path("applied").asLong()).isZero();
        }
    }

    @Test
    void givenTheRelayStopsMoving_whenEventsWaitInTheStore_thenHealthIsDown_withTheNumbers_andUpAgainOnceTheyAreRelayed() {
        String started = LocalDate.now().minusMonths(3).toString();
        try (RunningLedger ledger = RunningLedger.start(dataDir, "placement-ledger.reconciliation.stalled-after=3s")) {
            ledger.post("/api/children/TQ-301/care", ChildRequests.startCare(started));
            ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 1, LIVE);
            awaitStatus(ledger, 200);

            TrackingEventProcessor relay = relay(ledger);
            relay.shutDown();
            ledger.post("/api/children/TQ-302/care", ChildRequests.startCare(started));
            JsonNode down = ledger.awaitJson("/api/admin/status", n -> n.path("flow").path("relayStalled").asBoolean(), LIVE);
            assertThat(down.path("flow").path("relayLag").asLong()).isEqualTo(1);
            assertThat(down.path("caughtUp").asBoolean()).isFalse();
            awaitStatus(ledger, 503);
            JsonNode health = ledger.get("/actuator/health").json();
            assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("DOWN");
            assertThat(health.path("components").path("eventFlow").path("details").path("relayLag").asLong()).as(health.toString()).isEqualTo(1);

            relay.start();
            ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 2, LIVE);
            awaitStatus(ledger, 200);
        }
    }

    private static void awaitStatus(RunningLedger ledger, int status) {
        long deadline = System.nanoTime() + LIVE.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = ledger.anonymous().get("/actuator/health").status();
            if (last == status) return;
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("health answered " + last + ", not " + status + ": " + ledger.get("/actuator/health").body());
    }
}
