package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's figures beside England's, its region's and its statistical neighbours', over HTTP, and a newer DfE
 * table loaded by an administrator without a new version: a bad one refused row by row, a good one in use at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComparatorsEndToEndTest {

    @TempDir
    static Path dataDir;
    private static RunningLedger ledger;

    @BeforeAll
    static void start() {
        ledger = RunningLedger.start(dataDir);
        ledger.as("recorder").post("/api/children/K1/care", ChildRequests.startCare("2024-10-01"));
        ledger.as("recorder").post("/api/children/K2/care", ChildRequests.startCare("2024-12-15"));
        ledger.as("manager").awaitJson("/api/measures?asAt=2025-03-31", n -> n.path("inCare").asLong() == 2, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (ledger != null) ledger.close();
    }

    private static JsonNode line(JsonNode answer, String measure) {
        for (JsonNode line : answer.path("measures")) if (line.path("measure").asText().equals(measure)) return line;
        throw new AssertionError(measure + " missing from " + answer);
    }

    @Test
    @Order(1)
    void givenAnAsAtDateOfAPublishedYear_thenTheCouncilsRateIsFromItsEvents_besideEnglandItsRegionAndItsNeighbours() {
        RunningLedger.Response answered = ledger.as("performance").get("/api/measures/comparators?asAt=2025-03-31&neighbours=true");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        JsonNode answer = answered.json();
        assertThat(answer.path("council").path("name").asText()).isEqualTo("Torbay");
        assertThat(answer.path("matchingYear").asInt()).isEqualTo(2025);
        assertThat(answer.path("population").path("children").asLong()).as("ONS mid-2024, as the DfE's 2025 rates use").isEqualTo(24811);
        JsonNode rate = line(answer, "IN_CARE_PER_10000");
        BigDecimal expected = BigDecimal.valueOf(2 * 10_000).divide(BigDecimal.valueOf(24811), 1, RoundingMode.HALF_UP);
        assertThat(rate.path("council").decimalValue()).isEqualByComparingTo(expected);
        assertThat(rate.path("matchingYear").path("england").path("value").decimalValue()).isEqualByComparingTo("67");
        assertThat(rate.path("matchingYear").path("region").path("name").asText()).isEqualTo("South West");
        assertThat(rate.path("matchingYear").path("neighbours")).hasSize(10);
        assertThat(rate.path("matchingYear").path("neighboursPublished").asInt()).isEqualTo(10);
        assertThat(line(answer, "STARTED_PER_10000").path("councilCount").asLong()).as("both started in the year to 31 March 2025").isEqualTo(2);
        JsonNode distance = line(answer, "NEW_PLACEMENTS_OVER_20_MILES");
        assertThat(distance.path("council").decimalValue()).as("both placed in Torquay, near their Torquay homes").isEqualByComparingTo("0");
        assertThat(distance.path("councilCount").asLong()).isZero();
        assertThat(answer.path("attribution").asText()).contains("Open Government Licence v3.0");
    }

    @Test
    @Order(2)
    void givenADateBeyondThePublishedYears_thenTheMatchingYearIsSaidNotToBePublished_andTheLatestIsGiven() {
        JsonNode answer = ledger.as("manager").get("/api/measures/comparators?asAt=2026-06-30").json();
        assertThat(answer.path("matchingYear").isNull()).isTrue();
        assertThat(answer.path("matchingYearNote").asText()).contains("2027");
        assertThat(answer.path("latestYear").asInt()).isEqualTo(2025);
        assertThat(line(answer, "IN_CARE_PER_10000").path("latestYear").path("year").asInt()).isEqualTo(2025);
    }

    @Test
    @Order(3)
    void givenCsv_thenEachComparatorIsARow_andABadParameterIsA400NamingIt() {
        RunningLedger.Response csv = ledger.as("manager").get("/api/measures/comparators?asAt=2025-03-31&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("measure,label,unit,year,comparator,area,value,not_published")
                .contains("IN_CARE_PER_10000").contains(",England,E92000001,67,");
        RunningLedger.Response bad = ledger.as("manager").get("/api/measures/comparators?asAt=2025-03-31&neighbours=yes");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("neighbours");
        assertThat(ledger.as("recorder").get("/api/measures/comparators").status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void givenThePublishedYears_thenEachMeasureIsGivenYearByYear_theCouncilAsAtEach31March_besideTheThreeComparators() {
        JsonNode history = ledger.as("manager").get("/api/measures/comparators/years").json();
        JsonNode rate = null;
        for (JsonNode s : history.path("measures")) if (s.path("measure").asText().equals("IN_CARE_PER_10000")) rate = s;
        assertThat(rate).isNotNull();
        assertThat(rate.path("years")).extracting(y -> y.path("year").asInt()).containsExactly(2021, 2022, 2023, 2024, 2025);
        JsonNode y2024 = rate.path("years").get(3);
        assertThat(y2024.path("council").decimalValue()).as("no child in care at 31 March 2024").isEqualByComparingTo("0");
        JsonNode y2025 = rate.path("years").get(4);
        assertThat(y2025.path("council").decimalValue()).isPositive();
        assertThat(y2025.path("england").decimalValue()).isEqualByComparingTo("67");
        assertThat(y2025.path("neighboursAverage").decimalValue()).isPositive();
    }

    @Test
    @Order(4)
    void givenANewerReleaseWithABadRow_whenAnAdministratorLoadsIt_thenItIsRefusedNamingTheLine_andTheFiguresInUseStay() {
        String bad = "time_period,geographic_level,country_code,region_code,region_name,old_la_code,la_name,new_la_code,"
                + "population_type,population_estimate,children_count,rate_per_10000\n"
                + "2026,National,E92000001,,,,,,Children looked after on 31 March each year,12100000,80000,66\n"
                + "2026,National,E92000001,,,,,,Children looked after on 31 March each year,12100000,eighty,66\n";
        RunningLedger.Response refused = ledger.as("administrator").sendRaw("POST", "/api/admin/published/children-looked-after", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("line").asLong()).isEqualTo(3);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("children_count");
        assertThat(ledger.as("manager").get("/api/measures/comparators?asAt=2025-03-31").json().path("latestYear").asInt()).isEqualTo(2025);
        assertThat(ledger.as("manager").sendRaw("POST", "/api/admin/published/children-looked-after", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8)).status()).as("not an administrator").isEqualTo(403);
    }

    @Test
    @Order(5)
    void givenANewerReleaseOfATable_whenAnAdministratorLoadsIt_thenItsYearIsInUseAtOnce() {
        String newer = "time_period,geographic_level,country_code,region_code,region_name,old_la_code,la_name,new_la_code,"
                + "population_type,population_estimate,children_count,rate_per_10000\n"
                + "2026,National,E92000001,,,,,,Children looked after on 31 March each year,12100000,80000,66\n"
                + "2026,Local authority,E92000001,E12000009,South West,880,Torbay,E06000027,Children looked after on 31 March each year,24700,270,c\n";
        RunningLedger.Response loaded = ledger.as("administrator").sendRaw("POST", "/api/admin/published/children-looked-after", "text/csv",
                newer.getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        assertThat(loaded.json().path("rows").asInt()).isEqualTo(2);
        JsonNode answer = ledger.as("manager").get("/api/measures/comparators?asAt=2026-03-31").json();
        assertThat(answer.path("matchingYear").asInt()).isEqualTo(2026);
        JsonNode rate = line(answer, "IN_CARE_PER_10000");
        assertThat(rate.path("matchingYear").path("england").path("value").decimalValue()).isEqualByComparingTo("66");
        JsonNode tables = ledger.as("administrator").get("/api/admin/published").json();
        assertThat(tables.path("tables").get(0).path("loadedBy").asText()).isEqualTo("administrator");
    }
}
