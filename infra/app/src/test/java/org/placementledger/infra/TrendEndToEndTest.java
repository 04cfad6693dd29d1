package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's trends over HTTP: each point is the measures report at its date, with no browser needed. */
class TrendEndToEndTest {

    @TempDir
    static Path dataDir;
    static RunningLedger ledger;

    @BeforeAll
    static void start() {
        ledger = RunningLedger.start(dataDir);
        ledger.as("recorder").post("/api/children/T1/care", ChildRequests.startCare("2025-10-01"));
        ledger.as("recorder").post("/api/children/T2/care", ChildRequests.startCare("2025-12-15"));
        ledger.as("recorder").post("/api/children/T2/placements", ChildRequests.moveToChildrensHome("2026-01-10"));
        ledger.as("recorder").post("/api/children/T3/care", ChildRequests.startCare("2026-01-20"));
        ledger.as("recorder").post("/api/children/T1/care/end", ChildRequests.ceaseCare("2026-02-01", "E4A"));
        // All three in care at the end of January, T2 in the children's home (£965 + £4,725 + £965 a week), and one of
        // them gone by mid-February: every event is in.
        ledger.as("manager").awaitJson("/api/measures?asAt=2026-01-31", n -> n.path("inCare").asLong() == 3
                && n.path("spend").path("weeklyTotal").decimalValue().compareTo(new java.math.BigDecimal("6655")) == 0, Duration.ofSeconds(60));
        ledger.as("manager").awaitJson("/api/measures?asAt=2026-02-15", n -> n.path("inCare").asLong() == 2, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (ledger != null) ledger.close();
    }

    @Test
    void each_month_end_and_quarter_end_of_the_trend_is_the_measures_report_at_that_date() {
        JsonNode trend = ledger.as("manager").get("/api/measures/trend?months=4&to=2026-02-15").json();

        assertThat(trend.path("months").findValuesAsText("asAt")).containsExactly("2025-11-30", "2025-12-31", "2026-01-31", "2026-02-15");
        assertThat(trend.path("months").findValues("inCare").stream().map(JsonNode::asLong)).containsExactly(1L, 2L, 3L, 2L);
        for (JsonNode point : trend.path("months")) {
            JsonNode report = ledger.as("manager").get("/api/measures?asAt=" + point.path("asAt").asText()).json();
            assertThat(point.path("inCare").asLong()).isEqualTo(report.path("inCare").asLong());
            assertThat(point.path("weeklySpend").decimalValue()).isEqualByComparingTo(report.path("spend").path("weeklyTotal").decimalValue());
        }
        assertThat(trend.path("quarters").findValuesAsText("asAt")).containsExactly("2025-12-31", "2026-02-15");
    }

    @Test
    void a_trend_of_no_months_or_known_in_the_future_is_refused_naming_the_parameter() {
        RunningLedger.Response none = ledger.as("manager").get("/api/measures/trend?months=0");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("errors").get(0).path("field").asText()).isEqualTo("months");
        RunningLedger.Response future = ledger.as("manager").get("/api/measures/trend?asKnownAt=2999-01-01T00:00:00Z");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").get(0).path("field").asText()).isEqualTo("asKnownAt");
    }
}
