package org.placementledger.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the figures owe the recorders, and the checks that they were paid exactly: the count of children in care
 * on both live endpoints, and child by child, the store and the projections against what was acknowledged.
 */
final class Figures {

    static final Duration CATCH_UP = Duration.ofMinutes(3);

    private Figures() {
    }

    /**
     * The children the figures must count: every acknowledged one, and every unanswered one the event store holds
     * (a request cut off by a kill may have been stored; if stored, it is owed like any other).
     */
    static Set<String> owed(LedgerClient client, Recorder... recorders) {
        Set<String> owed = new HashSet<>();
        for (Recorder r : recorders) {
            owed.addAll(r.acknowledged().keySet());
            for (String child : r.unanswered()) {
                LedgerClient.Response history = client.getAnswered("/api/children/" + child + "/history");
                assertThat(history.status()).as("history of unanswered " + child + ": " + history).isIn(200, 404);
                if (history.status() == 200) owed.add(child);
            }
        }
        return owed;
    }

    /**
     * Waits until {@code /api/measures} and {@code /api/dashboard/now} both count {@code expected} children in care,
     * and stay there a moment (a count that passed on its way to a larger one would not be caught up). Returns the time it took.
     */
    static Duration awaitInCare(LedgerClient client, long expected, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            long measures = inCare(client, "/api/measures");
            long now = inCare(client, "/api/dashboard/now");
            last = "measures " + measures + ", dashboard/now " + now;
            if (measures == expected && now == expected) return Duration.ofNanos(System.nanoTime() - start);
            sleep(250);
        }
        throw new AssertionError("the figures did not reach " + expected + " children in care within " + timeout + "; last seen: " + last);
    }

    /** After catching up, the figures hold: no late duplicate or replayed record moves them past the truth. */
    static void assertStaysAt(LedgerClient client, long expected, Duration during) {
        long deadline = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(inCare(client, "/api/measures")).as("children in care on /api/measures").isEqualTo(expected);
            assertThat(inCare(client, "/api/dashboard/now")).as("children in care on /api/dashboard/now").isEqualTo(expected);
            sleep(500);
        }
    }

    static long inCare(LedgerClient client, String path) {
        LedgerClient.Response answer = client.get(path);
        if (!answer.answered() || answer.status() != 200) return -1;
        return answer.json().path("inCare").asLong(-1);
    }

    /** The reconciliation report with every child, or null while main has no such endpoint (404/405). */
    static JsonNode reconciliation(LedgerClient client) {
        LedgerClient.Response answer = client.postEmpty("/api/admin/reconciliation?detail=children");
        if (answer.status() == 404 || answer.status() == 405) return null;
        assertThat(answer.status()).as("reconciliation: " + answer).isEqualTo(200);
        return answer.json();
    }

    /**
     * Child by child: every acknowledged (child, sequence) is in the projections, the projections hold exactly what
     * the store holds, nobody is behind or ahead. Where the reconciliation endpoint is missing, the event store's
     * history of each acknowledged child is checked instead (the count has been checked already).
     */
    static String assertEveryChildReconciled(LedgerClient client, Collection<Recorder.Acknowledged> acknowledged, Set<String> owed) {
        JsonNode report = reconciliation(client);
        if (report == null) {
            List<String> missing = new ArrayList<>();
            for (Recorder.Acknowledged a : acknowledged) {
                LedgerClient.Response history = client.get("/api/children/" + a.childId() + "/history");
                boolean held = history.status() == 200 && history.json().path("events").findValues("sequence").stream()
                        .anyMatch(s -> s.asLong() == a.sequence());
                if (!held) missing.add(a.childId() + "/" + a.sequence() + " (" + history.status() + ")");
            }
            assertThat(missing).as("acknowledged events missing from the event store").isEmpty();
            return "per child: event store histories checked (no reconciliation endpoint on this build)";
        }
        report = awaitSettled(client, report);
        JsonNode children = report.path("children");
        Map<String, String> wrong = new TreeMap<>();
        for (Recorder.Acknowledged a : acknowledged) {
            JsonNode child = children.path(a.childId());
            if (child.isMissingNode() || child.path("applied").asLong(-1) < a.sequence() || child.path("stored").asLong(-1) < a.sequence()) {
                wrong.put(a.childId(), "acknowledged " + a.sequence() + ", " + child);
            }
        }
        children.fields().forEachRemaining(e -> {
            if (e.getValue().path("stored").asLong() != e.getValue().path("applied").asLong()) wrong.put(e.getKey(), e.getValue().toString());
        });
        for (String child : owed) {
            if (children.path(child).isMissingNode()) wrong.put(child, "owed but not in the report");
        }
        assertThat(wrong).as("children whose projections do not hold what was acknowledged and stored").isEmpty();
        assertSettled(report);
        assertThat(report.path("resent").size()).as("events the figures lacked until this check sent them again: " + report.path("resent")).isZero();
        return summary(report);
    }

    /**
     * Asks again until the report is healthy with nothing in flight and every child's stored and applied sequences
     * equal, and the projections hold as many children as the store (a check reads the figures before the store, so a
     * report made while a backlog drains can show fewer).
     */
    static JsonNode awaitSettled(LedgerClient client, JsonNode report) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        assertNothingResent(report);
        while (!settled(report) && System.nanoTime() < deadline) {
            sleep(1000);
            report = reconciliation(client);
            assertNothingResent(report);
        }
        return report;
    }

    /** A check that had to send events again found them missing from the topic: the relay lost them. */
    private static void assertNothingResent(JsonNode report) {
        assertThat(report.path("resent").size()).as("events the reconciliation found missing from the topic and sent again: "
                + report.path("resent") + " " + report.path("note")).isZero();
    }

    private static boolean settled(JsonNode report) {
        if (!report.path("healthy").asBoolean() || report.path("inFlight").asLong() != 0) return false;
        // The report's count of projected children is read before the store: asked again until the two agree.
        if (report.path("projectedChildren").asLong() != report.path("storeChildren").asLong()) return false;
        var children = report.path("children").elements();
        while (children.hasNext()) {
            JsonNode child = children.next();
            if (child.path("stored").asLong() != child.path("applied").asLong()) return false;
        }
        return true;
    }

    /** Every child in the report has stored == applied, and nobody is behind, ahead or in flight. */
    static void assertSettled(JsonNode report) {
        Map<String, String> wrong = new TreeMap<>();
        report.path("children").fields().forEachRemaining(e -> {
            if (e.getValue().path("stored").asLong() != e.getValue().path("applied").asLong()) wrong.put(e.getKey(), e.getValue().toString());
        });
        assertThat(wrong).as("children whose projections do not hold what the store holds (" + wrong.size() + ")").isEmpty();
        assertThat(report.path("inFlight").asLong()).as("children still in flight").isZero();
        assertThat(report.path("projectedChildren").asLong()).as("children in the projections against children in the store")
                .isEqualTo(report.path("storeChildren").asLong());
        assertThat(report.path("children").size()).as("children in the detailed report").isEqualTo(report.path("storeChildren").asInt());
        assertThat(report.path("behindCount").asLong()).as("behind: " + report.path("behind")).isZero();
        assertThat(report.path("aheadCount").asLong()).as("ahead: " + report.path("ahead")).isZero();
        assertThat(report.path("healthy").asBoolean()).as(report.toString()).isTrue();
    }

    /** The reconciliation's figures for a report line. */
    static String summary(JsonNode report) {
        JsonNode flow = report.path("flow");
        return String.format("per child: reconciliation healthy=%s, store %d events of %d children, projections %d children, relay lag %s, "
                        + "projections lag %s, behind %d, ahead %d, in flight %d, sent again %d", report.path("healthy").asBoolean(), report.path("storeEvents").asLong(),
                report.path("storeChildren").asLong(), report.path("projectedChildren").asLong(), flow.path("relayLag").asText(),
                flow.path("projectionsLag").asText(), report.path("behindCount").asLong(), report.path("aheadCount").asLong(), report.path("inFlight").asLong(), report.path("resent").size());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
