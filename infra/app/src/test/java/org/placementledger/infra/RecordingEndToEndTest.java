package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path, on the embedded servers, as a recorder and a manager use it: HTTP command, Axon and the
 * MongoDB event store, the relay to Kafka, the Kafka Streams projection, the read model, the dashboard.
 */
class RecordingEndToEndTest {

    private static final Duration LIVE = Duration.ofSeconds(30);
    private static final String NOW = "/api/dashboard/now";

    @TempDir
    Path dataDir;

    @Test
    void givenEmbeddedServers_whenChildrenAreRecordedOverHttp_thenTheDashboardFollowsEveryChange_andARestartKeepsTheFigures() {
        LocalDate today = LocalDate.now();
        String started = today.minusMonths(6).toString();
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            RunningLedger.Response care = ledger.as("recorder").post("/api/children/TQ-1001/care", ChildRequests.startCare(started));
            assertThat(care.status()).as(care.body()).isEqualTo(200);
            assertThat(care.json().get("sequence").asLong()).isZero();
            assertThat(care.json().get("eventId").asText()).isNotBlank();
            assertThat(care.etag()).isEqualTo("\"0\"");
            Document stored = ledger.bean(MongoDatabase.class).getCollection("events")
                    .find(Filters.eq("eventId", care.json().get("eventId").asText())).first();
            assertThat(stored).as("the event is in the event store").isNotNull();
            assertThat(stored.getString("metaData")).as("who recorded it").contains("\"recordedBy\":\"recorder\"");
            assertThat(stored.getDate("storedAt")).as("when it was recorded").isCloseTo(new java.util.Date(), 60_000);
            ledger.post("/api/children/TQ-1002/care", ChildRequests.startCare(started));

            JsonNode two = ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 2, LIVE);
            assertThat(two.path("byPlacementType").path("U6").asLong()).isEqualTo(2);
            assertThat(two.path("byProvider").path("PR4").asLong()).isEqualTo(2);

            RunningLedger.Response move = ledger.post("/api/children/TQ-1001/placements",
                    ChildRequests.moveToChildrensHome(today.minusMonths(2).toString()));
            assertThat(move.status()).as(move.body()).isEqualTo(200);
            assertThat(move.json().get("sequence").asLong()).isEqualTo(1);
            ledger.awaitJson(NOW, n -> n.path("byPlacementType").path("K2").asLong() == 1
                    && n.path("byPlacementType").path("U6").asLong() == 1, LIVE);

            JsonNode alerts = ledger.awaitJson("/api/alerts", n -> n.findValuesAsText("kind").contains("PLACED_OUT_OF_AREA"), LIVE);
            assertThat(alerts.findValuesAsText("childId")).contains("TQ-1001");
            assertThat(alerts.findValuesAsText("eventId")).contains(move.json().get("eventId").asText());

            RunningLedger.Response cost = ledger.post("/api/children/TQ-1001/placements/P2/cost",
                    ChildRequests.costFrom(today.minusMonths(1).toString(), "5100.00"));
            assertThat(cost.status()).as(cost.body()).isEqualTo(200);

            RunningLedger.Response end = ledger.post("/api/children/TQ-1002/care/end",
                    ChildRequests.ceaseCare(today.minusDays(3).toString(), "E4A"));
            assertThat(end.status()).as(end.body()).isEqualTo(200);
            ledger.awaitJson(NOW, n -> n.path("inCare").asLong() == 1 && n.path("byPlacementType").path("U6").isMissingNode(), LIVE);
        }

        try (RunningLedger restarted = RunningLedger.start(dataDir)) {
            JsonNode after = restarted.awaitJson(NOW, n -> n.path("inCare").asLong() == 1, LIVE);
            restarted.awaitJson("/actuator/health", n -> "UP".equals(n.path("status").asText()), LIVE);
            assertThat(after.path("byPlacementType").path("K2").asLong()).as("the live figures kept across the restart").isEqualTo(1);
            assertThat(after.path("byProvider").path("PR4").asLong()).isEqualTo(1);
            // The point-in-time measures read the timelines the projection kept across the restart.
            JsonNode measures = restarted.awaitJson("/api/measures", n -> n.path("inCare").asLong() == 1, LIVE);
            assertThat(measures.path("byPlacementType").path("K2").asLong()).isEqualTo(1);
            assertThat(restarted.get("/api/measures?asAt=" + today.minusMonths(4)).json().path("byPlacementType").path("U6").asLong())
                    .as("four months ago both children were still in fostering").isEqualTo(2);
            RunningLedger.Response badDate = restarted.get("/api/measures?asAt=31/03/2024");
            assertThat(badDate.status()).isEqualTo(400);
            assertThat(badDate.json().get("errors").findValuesAsText("field")).containsExactly("asAt");
            assertThat(after.path("byPlacementType").path("K2").asLong()).isEqualTo(1);

            // The store still knows the child: its next event continues the same stream.
            RunningLedger.Response reentry = restarted.post("/api/children/TQ-1002/care",
                    ChildRequests.startCare(LocalDate.now().minusDays(1).toString()));
            assertThat(reentry.status()).as(reentry.body()).isEqualTo(200);
            assertThat(reentry.json().get("sequence").asLong()).isEqualTo(2);
            JsonNode reentered = restarted.awaitJson(NOW, n -> n.path("inCare").asLong() == 2, LIVE);
            assertThat(reentered.path("byPlacementType").path("U6").asLong()).isEqualTo(1);
            assertThat(reentered.path("byPlacementType").path("K2").asLong()).isEqualTo(1);

            // An auditor replays a child's history from the event store, as known now or at an earlier instant.
            JsonNode history = restarted.get("/api/children/TQ-1001/history").json();
            List<String> types = new java.util.ArrayList<>();
            history.path("events").forEach(e -> types.add(e.path("type").asText()));
            assertThat(types).containsExactly("CareStarted", "PlacementChanged", "PlacementCostChanged");
            assertThat(history.path("events").get(0).path("recordedBy").asText()).isEqualTo("recorder");
            assertThat(history.path("events").get(1).path("stateAfter").path("placementType").asText()).isEqualTo("K2");
            String firstRecorded = history.path("events").get(0).path("recordedAt").asText();
            assertThat(restarted.get("/api/children/TQ-1001/history?asKnownAt=" + firstRecorded).json().path("events").size()).isEqualTo(1);
            assertThat(restarted.get("/api/children/NOBODY/history").status()).isEqualTo(404);
            assertThat(restarted.get("/api/children/TQ-1001/history?asKnownAt=yesterday").json().get("errors").findValuesAsText("field"))
                    .containsExactly("asKnownAt");

            // Figures as known before TQ-1002 came back into care, and as known now.
            String reentryRecorded = restarted.get("/api/children/TQ-1002/history").json().path("events").get(2).path("recordedAt").asText();
            String justBefore = java.time.Instant.parse(reentryRecorded).minusMillis(1).toString();
            assertThat(restarted.get("/api/measures?asKnownAt=" + justBefore).json().path("inCare").asLong()).isEqualTo(1);
            assertThat(restarted.get("/api/measures").json().path("inCare").asLong()).isEqualTo(2);

            // Tamper evidence: every chain holds; an event edited directly in MongoDB is named by child and sequence.
            JsonNode verified = restarted.get("/api/audit/verify").json();
            assertThat(verified.path("intact").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.path("eventsChecked").asLong()).isEqualTo(6);
            restarted.bean(MongoDatabase.class).getCollection("events").updateOne(Filters.eq("streamKey", "TQ-1001/2"),
                    com.mongodb.client.model.Updates.set("payload", "{\"weeklyCost\": 510.00}"));
            JsonNode tampered = restarted.get("/api/audit/verify").json();
            assertThat(tampered.path("intact").asBoolean()).isFalse();
            assertThat(tampered.path("problems").get(0).path("childId").asText()).isEqualTo("TQ-1001");
            assertThat(tampered.path("problems").get(0).path("sequence").asLong()).isEqualTo(2);
        }
    }

    @Test
    void givenARecorder_whenTheyMakeMistakes_thenEachIsToldWhatIsWrongAndNothingIsStored() {
        LocalDate today = LocalDate.now();
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            RunningLedger.Response malformed = ledger.post("/api/children/TQ-2001/care", """
                    {"startDate": "31/02/2024", "dateOfBirth": "2015-06-02", "sex": "X", "homePostcode": "TQ2 5QE",
                     "legalStatus": "C2", "categoryOfNeed": "N1",
                     "placement": {"type": "U9", "provider": "PR4", "postcode": "TQ1 3AB", "weeklyCost": "lots"}}
                    """);
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.contentType()).startsWith("application/problem+json");
            assertThat(malformed.json().get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("startDate", "sex", "placement.type", "placement.weeklyCost");

            RunningLedger.Response notJson = ledger.post("/api/children/TQ-2001/care", "{\"startDate\": ");
            assertThat(notJson.status()).isEqualTo(400);
            assertThat(notJson.json().get("detail").asText()).contains("line 1");

            RunningLedger.Response future = ledger.post("/api/children/TQ-2001/care",
                    ChildRequests.startCare(today.plusDays(10).toString()));
            assertThat(future.status()).as(future.body()).isEqualTo(422);
            assertThat(future.json().get("rule").asText()).isEqualTo("DATE_IN_FUTURE");

            RunningLedger.Response moveWithoutCare = ledger.post("/api/children/TQ-2001/placements",
                    ChildRequests.moveToChildrensHome(today.minusDays(1).toString()));
            assertThat(moveWithoutCare.status()).as(moveWithoutCare.body()).isEqualTo(422);
            assertThat(moveWithoutCare.json().get("rule").asText()).isEqualTo("NOT_IN_CARE");

            RunningLedger.Response first = ledger.post("/api/children/TQ-2001/care",
                    ChildRequests.startCare(today.minusMonths(3).toString()));
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.json().get("sequence").asLong()).as("nothing refused was stored").isZero();

            ledger.post("/api/children/TQ-2001/placements/P1/cost", ChildRequests.costFrom(today.minusMonths(1).toString(), "990.00"));
            RunningLedger.Response stale = ledger.post("/api/children/TQ-2001/placements",
                    ChildRequests.moveToChildrensHome(today.minusDays(1).toString()), "If-Match", first.etag());
            assertThat(stale.status()).as(stale.body()).isEqualTo(409);
            assertThat(stale.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void givenARecorderUsingTodaysCodes_whenTheyBackdateACareStartTo2023to24_thenItIsRecorded_andEachYearsReturnWritesItsOwnCodes() {
        try (RunningLedger ledger = RunningLedger.start(dataDir)) {
            RunningLedger.Response care = ledger.as("recorder").post("/api/children/TQ-3001/care", """
                    {"startDate": "2023-11-01", "dateOfBirth": "2007-06-02", "sex": "F", "homePostcode": "TQ2 5QE",
                     "legalStatus": "V2", "categoryOfNeed": "N4",
                     "placement": {"type": "K3", "provider": "PR4", "urn": "2644111", "postcode": "TQ1 3AB", "weeklyCost": 1800.00}}
                    """);
            assertThat(care.status()).as(care.body()).isEqualTo(200);
            RunningLedger.Response unknownSex = ledger.as("recorder").post("/api/children/TQ-3002/care", """
                    {"startDate": "2023-11-01", "dateOfBirth": "2007-06-02", "sex": "U", "homePostcode": "TQ2 5QE",
                     "legalStatus": "V2", "categoryOfNeed": "N4",
                     "placement": {"type": "K3", "provider": "PR4", "urn": "2644111", "postcode": "TQ1 3AB", "weeklyCost": 1800.00}}
                    """);
            assertThat(unknownSex.status()).as("U has no code in a return before 2024-25").isEqualTo(422);
            assertThat(unknownSex.json().get("rule").asText()).isEqualTo("CODE_NOT_VALID_FOR_YEAR");

            String header2024 = ledger.get("/api/exports/ssda903?year=2024&file=header").body();
            String episodes2024 = ledger.get("/api/exports/ssda903?year=2024&file=episodes").body();
            String header2025 = ledger.get("/api/exports/ssda903?year=2025&file=header").body();
            String episodes2025 = ledger.get("/api/exports/ssda903?year=2025&file=episodes").body();
            assertThat(header2024).contains("TQ-3001,2,02/06/2007");
            assertThat(episodes2024).contains("TQ-3001,01/11/2023,S,V2,N4,H5,PR4");
            assertThat(header2025).contains("TQ-3001,F,02/06/2007");
            assertThat(episodes2025).contains("TQ-3001,01/11/2023,S,V2,N4,K3,PR4");
        }
    }
}
