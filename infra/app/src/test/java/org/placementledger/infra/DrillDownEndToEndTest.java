package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Which children are these?" asked of the figures over HTTP, as a manager, a performance officer and an auditor would. */
class DrillDownEndToEndTest {

    @TempDir
    static Path dataDir;
    static RunningLedger ledger;
    static Instant beforeTheMove;

    @BeforeAll
    static void start() throws InterruptedException {
        ledger = RunningLedger.start(dataDir);
        ledger.as("recorder").post("/api/children/D1/care", ChildRequests.startCare("2025-10-01"));
        ledger.as("recorder").post("/api/children/D2/care", ChildRequests.startCare("2025-12-15"));
        ledger.as("recorder").post("/api/children/D3/care", ChildRequests.startCare("2026-01-20"));
        ledger.as("manager").awaitJson("/api/measures?asAt=2026-01-31", n -> n.path("inCare").asLong() == 3, Duration.ofSeconds(60));
        Thread.sleep(20);
        beforeTheMove = Instant.now();
        Thread.sleep(20);
        ledger.as("recorder").post("/api/children/D2/placements", ChildRequests.moveToChildrensHome("2026-01-10"));
        ledger.as("recorder").post("/api/children/D1/care/end", ChildRequests.ceaseCare("2026-02-01", "E4A"));
        ledger.as("manager").awaitJson("/api/measures?asAt=2026-01-31", n -> n.path("byCategory").findValues("children").stream()
                .anyMatch(c -> c.asLong() == 1) && n.path("spend").path("weeklyTotal").decimalValue().compareTo(new java.math.BigDecimal("6655")) == 0,
                Duration.ofSeconds(60));
        ledger.as("manager").awaitJson("/api/measures?asAt=2026-02-15", n -> n.path("inCare").asLong() == 2, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (ledger != null) ledger.close();
    }

    @Test
    void the_children_behind_a_figure_are_as_many_as_it_says_with_their_placement_and_a_link_to_their_record() {
        JsonNode figures = ledger.get("/api/measures?asAt=2026-01-31").json();
        JsonNode all = ledger.get("/api/measures/members?measure=inCare&asAt=2026-01-31").json();
        assertThat(all.path("children").asLong()).isEqualTo(figures.path("inCare").asLong()).isEqualTo(3);
        assertThat(all.path("rows").findValuesAsText("child")).containsExactly("D1", "D2", "D3");

        JsonNode residential = ledger.get("/api/measures/members?measure=byCategory&cell=Residential&asAt=2026-01-31").json();
        assertThat(residential.path("rows")).hasSize(1);
        JsonNode d2 = residential.path("rows").get(0);
        assertThat(d2.path("child").asText()).isEqualTo("D2");
        assertThat(d2.path("placementType").asText()).isEqualTo("K2");
        assertThat(d2.path("provider").asText()).isEqualTo("PR4");
        assertThat(d2.path("placementStart").asText()).isEqualTo("2026-01-10");
        assertThat(d2.path("weeklyCost").decimalValue()).isEqualByComparingTo("4725.00");
        assertThat(d2.path("age").asInt()).isEqualTo(10);
        assertThat(d2.path("distanceMiles").decimalValue()).isPositive();
        assertThat(d2.path("history").asText()).isEqualTo("/api/children/D2/history");
        assertThat(ledger.get(d2.path("history").asText()).status()).isEqualTo(200);

        JsonNode spend = ledger.get("/api/measures/members?measure=spend&cell=weeklyTotal&asAt=2026-01-31").json();
        assertThat(spend.path("total").decimalValue()).isEqualByComparingTo(figures.path("spend").path("weeklyTotal").decimalValue());
        JsonNode started = ledger.get("/api/measures/members?measure=started&from=2025-04-01&to=2026-01-31").json();
        assertThat(started.path("children").asLong()).isEqualTo(ledger.get("/api/measures?asAt=2026-01-31&from=2025-04-01&to=2026-01-31")
                .json().path("flows").path("started").asLong()).isEqualTo(3);
    }

    @Test
    void the_children_behind_a_figure_as_it_was_known_before_a_move_are_those_of_that_figure() {
        String knownAt = "&asKnownAt=" + beforeTheMove;
        JsonNode then = ledger.get("/api/measures?asAt=2026-01-31" + knownAt).json();
        JsonNode residential = ledger.get("/api/measures/members?measure=byCategory&cell=Residential&asAt=2026-01-31" + knownAt).json();
        assertThat(residential.path("rows")).isEmpty();
        JsonNode ifa = ledger.get("/api/measures/members?measure=byCategory&cell=IFA%20fostering&asAt=2026-01-31" + knownAt).json();
        long figure = then.path("byCategory").findParents("category").stream().filter(c -> c.path("category").asText().equals("IFA fostering"))
                .findFirst().orElseThrow().path("children").asLong();
        assertThat(ifa.path("children").asLong()).isEqualTo(figure).isEqualTo(3);
        assertThat(ifa.path("asKnownAt").asText()).isEqualTo(beforeTheMove.toString());
    }

    @Test
    void a_manager_sees_pseudonyms_and_no_links_and_each_read_is_in_the_audit_before_it_is_served() {
        Instant before = Instant.now();
        JsonNode answer = ledger.as("manager").get("/api/measures/members?measure=inCare&asAt=2026-01-31").json();
        assertThat(answer.path("pseudonymised").asBoolean()).isTrue();
        List<String> children = answer.path("rows").findValuesAsText("child");
        assertThat(children).hasSize(3).doesNotContain("D1", "D2", "D3");
        assertThat(answer.path("rows").findValues("history")).allMatch(JsonNode::isNull);

        JsonNode reads = ledger.as("auditor").get("/api/audit/reads?action=measure-members&from=" + before).json();
        assertThat(reads.findValuesAsText("user")).contains("manager");
        assertThat(reads.findValuesAsText("query")).anyMatch(q -> q.contains("measure=inCare"));
        assertThat(ledger.as("recorder").get("/api/measures/members?measure=inCare").status()).isEqualTo(403);
    }

    @Test
    void the_children_behind_a_figure_download_as_csv_one_line_each() {
        RunningLedger.Response csv = ledger.get("/api/measures/members?measure=distance&cell=twentyOrLess&asAt=2026-01-31&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("members-distance-twentyOrLess-2026-01-31.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("child,on,age,placementType,provider,placementStart,distanceMiles,weeklyCost,adds");
        long figure = ledger.get("/api/measures?asAt=2026-01-31").json().path("distance").path("twentyOrLess").asLong();
        assertThat(lines).hasSize((int) figure + 1);
        assertThat(lines.get(1)).startsWith("D1,2026-01-31,10,U6,PR4,2025-10-01,");
    }

    @Test
    void a_figure_the_report_does_not_have_is_refused_naming_the_parameter_and_what_it_could_be() {
        RunningLedger.Response cell = ledger.get("/api/measures/members?measure=byCategory&cell=Castles");
        assertThat(cell.status()).isEqualTo(400);
        JsonNode error = cell.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("cell");
        assertThat(error.path("message").asText()).contains("'Castles' is not a cell of byCategory").contains("Residential");
        RunningLedger.Response measure = ledger.get("/api/measures/members?measure=childrenInCastles");
        assertThat(measure.json().path("errors").get(0).path("field").asText()).isEqualTo("measure");
        RunningLedger.Response flow = ledger.get("/api/measures/members?measure=ceased");
        assertThat(flow.status()).isEqualTo(400);
        assertThat(flow.json().path("errors").get(0).path("field").asText()).isEqualTo("from");
    }
}
