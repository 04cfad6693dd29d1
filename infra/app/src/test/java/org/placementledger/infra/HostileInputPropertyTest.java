package org.placementledger.infra;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and malformed requests thrown at every write endpoint of the running application, each as a user
 * allowed to call it: never a 5xx, never internals in the answer, and a refused request stores nothing
 * (no event, no user, no saved report).
 */
class HostileInputPropertyTest {

    private static final List<String> FIELDS = List.of("startDate", "date", "dateOfBirth", "sex", "homePostcode", "postcode", "placement",
            "placementId", "category", "type", "provider", "urn", "weeklyCost", "from", "reason", "legalStatus", "eventId", "correction",
            "event", "name", "asAt", "username", "roles", "currentPassword", "newPassword", "measures", "definition", "year");

    /** A write endpoint and the user allowed to call it; {child} is filled with a random, URL-encoded child id. */
    record Target(String path, String user) {
    }

    record Attempt(Target target, String childId, String contentType, byte[] body) {
        @Override
        public String toString() {
            String shown = new String(body, StandardCharsets.UTF_8);
            return target.path() + " child=" + childId + " as " + target.user() + " (" + contentType + "): "
                    + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown);
        }
    }

    private static RunningLedger ledger;

    @BeforeContainer
    static void start() throws Exception {
        ledger = RunningLedger.start(Files.createTempDirectory("hostile-input"));
        // A child that exists, so that hostile requests reach a real record (its erasure among them).
        assertThat(ledger.as("recorder").post("/api/children/HOSTILE1/care", ChildRequests.startCare("2026-01-05")).status()).isEqualTo(200);
    }

    @AfterContainer
    static void stop() {
        if (ledger != null) ledger.close();
    }

    @Property(tries = 400)
    void no_write_endpoint_fails_on_hostile_input_and_a_refused_request_stores_nothing(@ForAll("attempts") Attempt attempt) {
        long events = ledger.bean(com.mongodb.client.MongoDatabase.class).getCollection("events").estimatedDocumentCount();
        int users = ledger.as("administrator").get("/api/admin/users").json().size();
        int reports = ledger.as("performance").get("/api/reports").json().size();
        long erasures = ledger.bean(com.mongodb.client.MongoDatabase.class).getCollection("erasures").estimatedDocumentCount();
        String path = attempt.target().path().replace("{child}", URLEncoder.encode(attempt.childId(), StandardCharsets.UTF_8));

        RunningLedger.Response response = ledger.as(attempt.target().user()).sendRaw("POST", path, attempt.contentType(), attempt.body());

        assertThat(response.status()).as("%s -> %s", attempt, response.body()).isLessThan(500);
        assertThat(response.body()).as("no internals").doesNotContain("Exception").doesNotContain("\tat ");
        if (response.status() >= 400) {
            assertThat(response.contentType()).as(attempt.toString()).startsWith("application/problem+json");
            assertThat(ledger.bean(com.mongodb.client.MongoDatabase.class).getCollection("events").estimatedDocumentCount())
                    .as("no event stored by a refused %s", attempt).isEqualTo(events);
            assertThat(ledger.as("administrator").get("/api/admin/users").json().size()).as("no user added").isEqualTo(users);
            assertThat(ledger.as("performance").get("/api/reports").json().size()).as("no report saved").isEqualTo(reports);
            assertThat(ledger.bean(com.mongodb.client.MongoDatabase.class).getCollection("erasures").estimatedDocumentCount())
                    .as("no erasure made by a refused %s", attempt).isEqualTo(erasures);
            // Unless an accepted request erased it (its care ended by an earlier attempt, then a well-formed erasure).
            var database = ledger.bean(com.mongodb.client.MongoDatabase.class);
            if (database.getCollection("erasures").find(new org.bson.Document("childId", "HOSTILE1")).first() == null) {
                assertThat(database.getCollection("child_keys").find(new org.bson.Document("_id", "HOSTILE1")).first())
                        .as("the existing child's key kept after %s", attempt).containsKey("wrapped");
            }
        }
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<Target> targets = Arbitraries.of(
                new Target("/api/children/{child}/care", "recorder"),
                new Target("/api/children/{child}/placements", "recorder"),
                new Target("/api/children/{child}/placements/P1/cost", "recorder"),
                new Target("/api/children/{child}/legal-status", "recorder"),
                new Target("/api/children/{child}/home-postcode", "recorder"),
                new Target("/api/children/{child}/care/end", "recorder"),
                new Target("/api/children/{child}/corrections", "recorder"),
                new Target("/api/imports/ssda903?year=2024", "recorder"),
                new Target("/api/imports/ssda903", "recorder"),
                new Target("/api/reports", "performance"),
                new Target("/api/reports/{child}/check", "performance"),
                new Target("/api/admin/users", "administrator"),
                new Target("/api/admin/children/{child}/erasure", "administrator"),
                new Target("/api/account/password", "recorder"));
        Arbitrary<String> childIds = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(80),
                Arbitraries.of("..", "../admin", "%00", " ", "C1;drop", "a".repeat(300), "\u202e\u0000"),
                Arbitraries.just("HOSTILE1"));
        Arbitrary<String> contentTypes = Arbitraries.of("application/json", "application/json", "text/plain", "application/xml",
                "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded", "");
        return Combinators.combine(targets, childIds, contentTypes, bodies()).as(Attempt::new);
    }

    private Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                json().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                json().map(s -> s.substring(0, s.length() / 2).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.strings().all().ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.of("", "null", "[]", "{}", "\"text\"", "{\"a\":", "{{{{", "[".repeat(5000), "{\"weeklyCost\":1e999999}",
                        "--xyz\r\nContent-Disposition: form-data; name=\"episodes\"; filename=\"e.csv\"\r\n\r\nCHILD,DECOM\r\n\"unclosed\r\n--xyz--\r\n")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    private Arbitrary<String> json() {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40).map(HostileInputPropertyTest::quoted),
                Arbitraries.of("\"2026-13-45\"", "\"2026-02-29\"", "\"1900-01-01\"", "\"9999-12-31\"", "\"TQ1 3AB\"", "\"ZZ99 9ZZ\"", "\"P1\"",
                        "\"R1\"", "\"U1\"", "\"C2\"", "\"manager\"", "\"\"", "-1", "0", "1e308", "12345678901234567890123", "-0.0001",
                        "true", "null", "[]", "{}", "[\"recorder\",\"king\"]"),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf));
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().all().ofMaxLength(12)).map(HostileInputPropertyTest::quoted);
        Arbitrary<String> member = Combinators.combine(field, Arbitraries.oneOf(scalars, scalars.list().ofMaxSize(3)
                .map(l -> "{" + String.join(",", l.stream().map(v -> "\"placementId\":" + v).toList()) + "}"))).as((k, v) -> k + ":" + v);
        return member.list().ofMaxSize(8).map(members -> "{" + String.join(",", members) + "}");
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
