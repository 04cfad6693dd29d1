package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an IT team watching the application sees at {@code /actuator/prometheus}: events recorded by type, relay and
 * projection lag, the projections' state, import rows, read-audit writes, erasures and HTTP latency per endpoint; for
 * the administrator only. The alert rules and the Grafana dashboard shipped in {@code infra/deploy/} ask only for
 * metrics the application gives.
 */
class MetricsEndToEndTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Pattern METRIC = Pattern.compile("\\b((?:ledger|http_server|jvm)_[a-z_]+)");

    @TempDir
    static Path dataDir;
    private static RunningLedger ledger;

    @BeforeAll
    static void start() {
        ledger = RunningLedger.start(dataDir);
    }

    @AfterAll
    static void stop() {
        if (ledger != null) ledger.close();
    }

    @Test
    void givenChildrenRecordedImportedAndRead_thenTheAdministratorsScrapeCountsThem_andNobodyElseMayScrape() throws IOException {
        assertThat(ledger.as("manager").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(ledger.withAuthorization(null).get("/actuator/prometheus").status()).isEqualTo(401);

        assertThat(ledger.as("recorder").post("/api/children/M1/care", ChildRequests.startCare("2024-10-01")).status()).isEqualTo(200);
        assertThat(ledger.as("recorder").post("/api/children/M2/care", ChildRequests.startCare("2024-11-01")).status()).isEqualTo(200);
        ledger.as("manager").awaitJson("/api/measures", n -> n.path("inCare").asLong() == 2, Duration.ofSeconds(60));
        assertThat(ledger.as("manager").get("/api/measures/members?measure=inCare").status()).isEqualTo(200);

        Path files = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-files"));
        Path episodes = Files.writeString(files.resolve("episodes.csv"),
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
                        + "I1,01/05/2023,S,C2,N1,U4,PR1,,,,TQ1 3AB,TQ2 5AA,SC1\n"
                        + "I2,01/05/2023,S,XX,N1,U4,PR1,,,,TQ1 3AB,TQ2 5AA,SC1\n");
        Path header = Files.writeString(files.resolve("header.csv"),
                "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nI1,1,01/01/2015,WBRI,A123456789012,,\nI2,1,01/01/2015,WBRI,A123456789012,,\n");
        RunningLedger.Response started = ledger.as("recorder").postFiles("/api/imports/ssda903?year=2024", Map.of("episodes", episodes, "header", header));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = ledger.as("recorder").awaitJson("/api/imports/" + started.json().path("id").asText(),
                n -> !"RUNNING".equals(n.path("status").asText()), Duration.ofSeconds(60));
        assertThat(done.path("progress").path("children").path("rejected").asLong()).as("I2's legal status XX is no code").isEqualTo(1);

        // The lags are sampled every few seconds: the scrape shows the relay and the projections caught up once they are.
        String scrape = awaitScrape(s -> value(s, "ledger_store_last_position") >= 2 && value(s, "ledger_relay_lag_events") == 0
                && value(s, "ledger_projections_lag_events", "projection=\"timelines\"") == 0
                && value(s, "ledger_events_recorded_total", "type=\"CareStarted\"") == 3);

        assertThat(value(scrape, "ledger_projections_state", "state=\"RUNNING\"")).isEqualTo(1);
        assertThat(value(scrape, "ledger_projections_state", "state=\"ERROR\"")).isZero();
        assertThat(value(scrape, "ledger_projections_lag_events", "projection=\"timelines-copy\"")).isZero();
        assertThat(value(scrape, "ledger_import_rows_total", "outcome=\"taken\"")).isEqualTo(1);
        assertThat(value(scrape, "ledger_import_rows_total", "outcome=\"refused\"")).isEqualTo(1);
        assertThat(value(scrape, "ledger_read_audit_writes_total", "outcome=\"written\"")).as("the members read").isGreaterThanOrEqualTo(1);
        assertThat(value(scrape, "ledger_read_audit_writes_total", "outcome=\"failed\"")).isZero();
        assertThat(value(scrape, "ledger_erasures_total")).isZero();
        assertThat(value(scrape, "ledger_reconciliation_children_missing_events")).isZero();
        assertThat(value(scrape, "http_server_requests_seconds_count", "method=\"POST\"", "uri=\"/api/children/{childId}/care\""))
                .as("latency per endpoint, by its pattern, not each child's path").isEqualTo(2);
        assertThat(scrape).contains("http_server_requests_seconds_bucket{");
    }

    @Test
    void givenTheShippedAlertRulesAndDashboard_thenEveryMetricTheyAskForIsOneTheApplicationGives() throws IOException {
        String scrape = awaitScrape(s -> s.contains("ledger_relay_lag_events"));
        Set<String> given = new TreeSet<>();
        Matcher names = Pattern.compile("(?m)^([a-z_]+)[{ ]").matcher(scrape);
        while (names.find()) given.add(names.group(1));

        List<String> expressions = new ArrayList<>();
        Map<String, Object> alerts = new Yaml().load(Files.readString(DEPLOY.resolve("prometheus/alerts.yml")));
        for (Object group : (List<?>) alerts.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                Map<?, ?> r = (Map<?, ?>) rule;
                assertThat(r.get("alert")).as("each rule is named").isNotNull();
                assertThat(((Map<?, ?>) r.get("annotations")).get("summary")).as(r.get("alert") + " says what is wrong").isNotNull();
                expressions.add((String) r.get("expr"));
            }
        }
        JsonNode dashboard = new ObjectMapper().readTree(DEPLOY.resolve("grafana/placement-ledger.json").toFile());
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            for (JsonNode target : panel.path("targets")) expressions.add(target.path("expr").asText());
        }
        assertThat(expressions).hasSizeGreaterThan(10);
        for (String expression : expressions) {
            Matcher m = METRIC.matcher(expression);
            while (m.find()) assertThat(given).as("asked for by: " + expression).contains(m.group(1));
        }
    }

    private static String awaitScrape(java.util.function.Predicate<String> condition) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String scrape;
        do {
            RunningLedger.Response answer = ledger.as("administrator").get("/actuator/prometheus");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            scrape = answer.body();
            if (condition.test(scrape)) return scrape;
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (System.nanoTime() < until);
        throw new AssertionError("the scrape did not come to the expected figures:\n" + scrape);
    }

    /** The value of the first sample of the metric whose labels hold every fragment given; NaN when there is none. */
    private static double value(String scrape, String metric, String... labels) {
        for (String line : scrape.split("\n")) {
            if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) continue;
            boolean all = true;
            for (String label : labels) all &= line.contains(label);
            if (all) return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
        return Double.NaN;
    }
}
