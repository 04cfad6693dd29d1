package org.placementledger.infra;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guesser at the sign-in: API clients with HTTP Basic and browsers with the sign-in form, against the whole
 * application. Locks are short here (2 s, doubling to 8 s) so the scenarios can wait them out; the defaults
 * (5 failures, 30 s to 15 min) are the same code with other numbers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInProtectionEndToEndTest {

    /**
     * Every scenario signs in from 127.0.0.1, and an address's failures add up across users: above the 16 the
     * other scenarios make, which run first, so only the address scenario reaches it.
     */
    private static final int ADDRESS_FAILURES = 25;

    @TempDir
    static Path dataDir;
    static RunningLedger ledger;
    static final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeAll
    static void start() {
        ledger = RunningLedger.start(dataDir, "placement-ledger.security.sign-in.first-lock=2s",
                "placement-ledger.security.sign-in.longest-lock=8s", "placement-ledger.security.sign-in.address-failures=" + ADDRESS_FAILURES);
        // After the start: Spring Boot sets logging up afresh as it starts.
        logged.start();
        ((Logger) LoggerFactory.getLogger("org.placementledger.infra.security.SignInOutcomes")).addAppender(logged);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger("org.placementledger.infra.security.SignInOutcomes")).detachAppender(logged);
        ledger.close();
    }

    private static RunningLedger.Response asRecorder(String password) {
        return ledger.withAuthorization(RunningLedger.basic("recorder", password)).get("/api/account");
    }

    @Test
    @Order(1)
    void thirty_wrong_passwords_for_one_user_lock_them_out_after_five_and_the_right_one_works_once_the_lock_is_over() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        RunningLedger.Response locked = null;
        for (int i = 1; i <= 30; i++) {
            RunningLedger.Response r = asRecorder("guess number " + i);
            statuses.add(r.status());
            if (r.status() == 429 && locked == null) locked = r;
        }
        assertThat(statuses.subList(0, 5)).as("the first five are only wrong").containsOnly(401);
        assertThat(statuses.subList(5, 30)).as("the rest are refused unchecked while locked").containsOnly(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().get("type").asText()).isEqualTo("/problems/sign-in-locked");
        assertThat(locked.json().get("detail").asText()).contains("5 sign-ins for this user failed").contains("locked until");
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 2L));
        assertThat(locked.json().get("retryAfterSeconds").asLong()).isBetween(1L, 2L);

        // The right password while locked is refused too: a guesser must not learn that a guess was right.
        assertThat(asRecorder("recorder" + RunningLedger.PASSWORD_SUFFIX).status()).isEqualTo(429);
        var locks = ledger.as("administrator").get("/api/admin/sign-in-locks");
        assertThat(locks.status()).isEqualTo(200);
        assertThat(locks.body()).contains("\"username\":\"recorder\"").contains("\"failures\":5");
        assertThat(ledger.as("administrator").get("/api/admin/users").body()).contains("signInLockedUntil");
        assertThat(logged.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .contains("Sign-in for user 'recorder' locked until").contains("after 5 failed sign-ins in a row").contains("127.0.0.1"));
        String metrics = ledger.as("administrator").get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("ledger_sign_in_locks_total\\{[^}]*scope=\"user\"[^}]*} [1-9]")
                .containsPattern("ledger_sign_in_locked\\{[^}]*scope=\"user\"[^}]*} 1\\.0")
                .containsPattern("ledger_sign_in_refused_locked_total(\\{[^}]*})? (2[6-9]|[3-9][0-9])");

        Thread.sleep(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 300);
        assertThat(asRecorder("recorder" + RunningLedger.PASSWORD_SUFFIX).status()).as("the right password once the lock is over").isEqualTo(200);
        assertThat(asRecorder("wrong again").status()).as("and the count started again from nothing").isEqualTo(401);
        assertThat(asRecorder("recorder" + RunningLedger.PASSWORD_SUFFIX).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void a_password_reset_by_an_administrator_lifts_the_users_lock() {
        RunningLedger auditor = ledger.withAuthorization(RunningLedger.basic("auditor", "not it"));
        for (int i = 0; i < 6; i++) auditor.get("/api/account");
        assertThat(auditor.get("/api/account").status()).isEqualTo(429);
        var reset = ledger.as("administrator").post("/api/admin/users/auditor/password-reset", "{}");
        assertThat(reset.status()).isEqualTo(200);
        String oneTime = reset.json().get("oneTimePassword").asText();
        assertThat(ledger.withAuthorization(RunningLedger.basic("auditor", oneTime)).get("/api/account").status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void one_address_guessing_across_many_users_is_locked_for_every_user() throws Exception {
        RunningLedger.Response first = null;
        int attempts = 0;
        while (first == null && attempts < 100) {
            attempts++;
            var r = ledger.withAuthorization(RunningLedger.basic("made.up." + attempts, "guess")).get("/api/account");
            if (r.status() == 429) first = r;
            else assertThat(r.status()).isEqualTo(401);
        }
        assertThat(first).as("locked within 100 attempts").isNotNull();
        assertThat(first.json().get("detail").asText()).contains(ADDRESS_FAILURES + " sign-ins from this address failed");
        // Every user from this address waits, whatever their password.
        assertThat(ledger.as("manager").get("/api/account").status()).isEqualTo(429);
        Thread.sleep(Long.parseLong(first.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 300);
        assertThat(ledger.as("manager").get("/api/account").status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void a_browser_guessing_at_the_sign_in_form_is_shown_when_to_try_again() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> landedOn = new ArrayList<>();
        for (int i = 0; i < 7; i++) landedOn.add(signIn(browser, "performance", "guess " + i));
        assertThat(landedOn.subList(0, 5)).containsOnly("/login?error");
        assertThat(landedOn.get(5)).matches("/login\\?locked=[1-9]\\d*");
        String page = browser.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + landedOn.get(5))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("Too many failed sign-ins: sign-in is locked for").contains("seconds");
    }

    /** Posts the sign-in form as a browser would (its CSRF token from the page) and says where it was sent. */
    private static String signIn(HttpClient browser, String username, String password) throws Exception {
        String form = browser.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&" + token.group(1) + "=" + URLEncoder.encode(token.group(2), StandardCharsets.UTF_8);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
