package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What signing in changes for the people using the ledger, over HTTP on the whole application. */
class SecurityScenariosTest {

    @TempDir
    static Path dataDir;
    static RunningLedger ledger;

    @BeforeAll
    static void start() {
        ledger = RunningLedger.start(dataDir);
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    @Test
    void a_record_is_signed_by_the_signed_in_recorder_whatever_name_the_request_claims() {
        RunningLedger.Response recorded = ledger.as("recorder").post("/api/children/SIGNED1/care", ChildRequests.startCare("2026-01-05"),
                "X-Recorded-By", "someone-else");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode history = ledger.as("auditor").get("/api/children/SIGNED1/history").json();
        assertThat(history.toString()).contains("\"recordedBy\":\"recorder\"").doesNotContain("someone-else");
    }

    @Test
    void every_read_of_a_childs_history_and_every_export_is_in_the_audit_of_reads_for_auditors_only() {
        ledger.as("recorder").post("/api/children/READ1/care", ChildRequests.startCare("2026-01-05"));
        assertThat(ledger.as("auditor").get("/api/children/READ1/history").status()).isEqualTo(200);
        assertThat(ledger.as("performance").get("/api/exports/ssda903?year=2026&file=header").status()).isEqualTo(200);

        assertThat(ledger.as("auditor").get("/api/children/READ1/h%69story").status()).as("an encoded letter").isEqualTo(200);
        assertThat(ledger.as("auditor").send("HEAD", "/api/children/READ1/history", null).status()).isEqualTo(200);
        assertThat(ledger.as("manager").send("HEAD", "/api/children/READ1/history", null).status()).as("HEAD is a read").isEqualTo(403);

        JsonNode reads = ledger.as("auditor").get("/api/audit/reads?childId=READ1").json();
        assertThat(reads).as("every way of reading the history is recorded").hasSize(3);
        for (JsonNode read : reads) {
            assertThat(read.path("user").asText()).isEqualTo("auditor");
            assertThat(read.path("action").asText()).isEqualTo("child-history");
            assertThat(read.path("status").asInt()).isEqualTo(200);
        }
        JsonNode exports = ledger.as("auditor").get("/api/audit/reads?action=export&user=performance").json();
        assertThat(exports).isNotEmpty();
        assertThat(exports.get(0).path("query").asText()).isEqualTo("year=2026&file=header");

        assertThat(ledger.as("manager").get("/api/audit/reads").status()).isEqualTo(403);
        RunningLedger.Response bad = ledger.as("auditor").get("/api/audit/reads?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("from");
    }

    @Test
    void an_export_carries_pseudonyms_and_no_pupil_numbers_unless_the_caller_may_see_identities() {
        ledger.as("recorder").post("/api/children/PSEUDO1/care", ChildRequests.startCare("2026-01-05"));
        String pseudonymous = ledger.as("performance").get("/api/exports/ssda903?year=2026&file=episodes").body();
        String identified = ledger.get("/api/exports/ssda903?year=2026&file=episodes").body();
        assertThat(identified).contains("PSEUDO1");
        assertThat(pseudonymous).doesNotContain("PSEUDO1");
        List<String> children = childColumn(pseudonymous);
        assertThat(children).isNotEmpty().allMatch(c -> c.matches("P[A-Z2-7]{16}"));
        assertThat(children).as("in the order of the pseudonyms, not of the ids behind them").isSorted();
        assertThat(childColumn(ledger.as("performance").get("/api/exports/ssda903?year=2026&file=episodes").body()))
                .as("the same pseudonyms each time").isEqualTo(children);
    }

    @Test
    void pages_carry_a_content_security_policy_and_refuse_framing() {
        RunningLedger.Response login = ledger.anonymous().get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void a_browser_session_signs_in_with_the_form_and_its_writes_need_the_csrf_token() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String base = ledger.baseUrl();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        String form = "username=recorder&password=" + URLEncoder.encode("recorder" + RunningLedger.PASSWORD_SUFFIX, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        // The page the browser lands on; it brings the token for the session's writes.
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/account")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(landed.body()).contains("\"username\":\"recorder\"");
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();

        HttpRequest.Builder write = HttpRequest.newBuilder(URI.create(base + "/api/children/CSRF1/care"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ChildRequests.startCare("2026-01-05")));
        HttpResponse<String> forged = browser.send(write.copy().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a session's write without the token, as another site could send it").isEqualTo(403);
        assertThat(forged.body()).contains("/problems/csrf");

        HttpResponse<String> real = browser.send(write.copy().header("X-XSRF-TOKEN", xsrf).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
    }

    @Test
    void a_user_with_a_password_made_for_them_can_do_nothing_until_they_choose_their_own() {
        RunningLedger admin = ledger.as("administrator");
        RunningLedger.Response made = admin.post("/api/admin/users", "{\"username\":\"new.recorder\",\"roles\":[\"recorder\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String oneTime = made.json().path("oneTimePassword").asText();
        RunningLedger newcomer = ledger.withAuthorization(RunningLedger.basic("new.recorder", oneTime));

        RunningLedger.Response refused = newcomer.post("/api/children/OTP1/care", ChildRequests.startCare("2026-01-05"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("/problems/password-change-needed");
        assertThat(newcomer.get("/api/account").json().path("mustChangePassword").asBoolean()).isTrue();

        RunningLedger.Response changed = newcomer.post("/api/account/password",
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"my own long password\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        RunningLedger mine = ledger.withAuthorization(RunningLedger.basic("new.recorder", "my own long password"));
        assertThat(mine.post("/api/children/OTP1/care", ChildRequests.startCare("2026-01-05")).status()).isEqualTo(200);
        assertThat(newcomer.get("/api/account").status()).as("the one-time password is spent").isEqualTo(401);

        RunningLedger.Response bad = admin.post("/api/admin/users", "{\"username\":\"x2\",\"roles\":[\"king\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"roles\"").contains("king");
    }

    @Test
    void refusals_say_what_was_wrong_without_internals() {
        RunningLedger.Response anonymous = ledger.anonymous().get("/api/dashboard/now");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        RunningLedger.Response wrong = ledger.withAuthorization(RunningLedger.basic("recorder", "not the password")).get("/api/account");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("/problems/unauthenticated").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void the_dashboard_measures_and_alerts_show_no_personal_details_and_a_saved_report_run_is_audited() {
        // A child placed at a cost that raises an alert, so the alerts list names it.
        String care = ChildRequests.startCare("2026-01-05").replace("965.00", "7500.00");
        assertThat(ledger.as("recorder").post("/api/children/AGG1/care", care).status()).isEqualTo(200);
        ledger.as("manager").awaitJson("/api/alerts", n -> n.toString().contains("AGG1"), Duration.ofSeconds(60));
        ledger.as("manager").awaitJson("/api/dashboard/now", n -> n.path("inCare").asLong() >= 1, Duration.ofSeconds(60));
        for (String path : List.of("/api/dashboard/now", "/api/alerts", "/api/measures?asAt=2026-03-31")) {
            String body = ledger.as("manager").get(path).body();
            assertThat(body).as(path).doesNotContain("2015-06-02").doesNotContain("TQ2 5QE").doesNotContain("TQ1 3AB");
        }

        RunningLedger performance = ledger.as("performance");
        assertThat(performance.post("/api/reports", "{\"name\":\"Audit check\",\"asAt\":\"2026-03-31\"}").status()).isEqualTo(201);
        assertThat(ledger.as("auditor").get("/api/reports/Audit%20check").status()).isEqualTo(200);
        assertThat(ledger.as("auditor").post("/api/reports/Audit%20check/check", "").status()).isEqualTo(200);
        JsonNode views = ledger.as("auditor").get("/api/audit/reads?action=report-view").json();
        assertThat(views).isNotEmpty();
        assertThat(views.get(0).path("user").asText()).isEqualTo("auditor");
        assertThat(views.get(0).path("path").asText()).isEqualTo("/api/reports/Audit check");
        JsonNode runs = ledger.as("auditor").get("/api/audit/reads?action=report-run").json();
        assertThat(runs).isNotEmpty();
        assertThat(runs.get(0).path("path").asText()).isEqualTo("/api/reports/Audit check/check");
        assertThat(performance.get("/api/reports/Audit%20check").json().path("savedBy").asText()).as("saved by the signed-in user")
                .isEqualTo("performance");
    }

    @Test
    void a_body_larger_than_a_recording_ever_is_refused_before_it_is_read() {
        String huge = "{\"startDate\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        RunningLedger.Response refused = ledger.as("recorder").post("/api/children/BIG1/care", huge);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("/problems/body-too-large");
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(ledger.get("/api/children/BIG1/history").status()).isEqualTo(404);
    }

    private static List<String> childColumn(String csv) {
        List<String> out = new ArrayList<>();
        String[] lines = csv.split("\r?\n");
        for (int i = 1; i < lines.length; i++) if (!lines[i].isBlank()) out.add(lines[i].split(",")[0]);
        return out;
    }
}
