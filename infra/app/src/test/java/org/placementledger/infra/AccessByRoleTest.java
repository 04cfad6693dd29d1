package org.placementledger.infra;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint, asked by every role and by nobody: allowed where the table says so, refused (403) otherwise,
 * and 401 without credentials. The table is written here independently of the application's, and a test
 * checks it names every endpoint the application has.
 */
class AccessByRoleTest {

    private static final List<String> ROLES = List.of("recorder", "manager", "auditor", "performance", "administrator");

    /** An endpoint, a request that reaches it, and the roles allowed; "*" is any signed-in user, "nobody" not even them. */
    record Endpoint(String method, String pattern, String path, String body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static List<Endpoint> table() {
        return List.of(
                e("GET", "/api/dashboard/now", "/api/dashboard/now", "manager", "performance"),
                e("GET", "/api/alerts", "/api/alerts", "manager", "auditor"),
                e("GET", "/api/measures", "/api/measures?asAt=2026-03-31", "manager", "performance", "auditor"),
                e("GET", "/api/measures/trend", "/api/measures/trend?months=2", "manager", "performance", "auditor"),
                e("GET", "/api/measures/comparators", "/api/measures/comparators?asAt=2025-03-31", "manager", "performance", "auditor"),
                e("GET", "/api/measures/comparators/years", "/api/measures/comparators/years", "manager", "performance", "auditor"),
                e("GET", "/api/measures/forecast", "/api/measures/forecast?months=3&lookBack=3", "manager", "performance", "auditor"),
                e("GET", "/api/measures/forecast/backtest", "/api/measures/forecast/backtest?lookBack=3", "manager", "performance", "auditor"),
                e("GET", "/api/measures/members", "/api/measures/members?measure=inCare&asAt=2026-03-31", "manager", "performance", "auditor"),
                e("GET", "/api/dashboard/stream", "/api/dashboard/stream", "manager", "performance"),
                e("GET", "/api/children/{childId}/history", "/api/children/C1/history", "recorder", "auditor"),
                post("/api/children/{childId}/care", "/api/children/C1/care", "recorder"),
                post("/api/children/{childId}/placements", "/api/children/C1/placements", "recorder"),
                post("/api/children/{childId}/placements/{placementId}/cost", "/api/children/C1/placements/P1/cost", "recorder"),
                post("/api/children/{childId}/legal-status", "/api/children/C1/legal-status", "recorder"),
                post("/api/children/{childId}/home-postcode", "/api/children/C1/home-postcode", "recorder"),
                post("/api/children/{childId}/care/end", "/api/children/C1/care/end", "recorder"),
                post("/api/children/{childId}/corrections", "/api/children/C1/corrections", "recorder"),
                post("/api/imports/ssda903", "/api/imports/ssda903", "recorder"),
                e("GET", "/api/imports/{id}", "/api/imports/x", "recorder", "auditor"),
                e("GET", "/api/imports/{id}/problems", "/api/imports/x/problems", "recorder", "auditor"),
                e("GET", "/api/imports/{id}/problems.csv", "/api/imports/x/problems.csv", "recorder", "auditor"),
                e("GET", "/api/exports/ssda903", "/api/exports/ssda903?year=2024", "performance"),
                e("GET", "/api/reports", "/api/reports", "performance", "auditor"),
                post("/api/reports", "/api/reports", "performance"),
                e("GET", "/api/reports/{name}", "/api/reports/x", "performance", "auditor"),
                post("/api/reports/{name}/check", "/api/reports/x/check", "performance", "auditor"),
                e("GET", "/api/audit/verify", "/api/audit/verify", "auditor", "administrator"),
                e("GET", "/api/audit/reads", "/api/audit/reads", "auditor"),
                post("/api/audit/seals", "/api/audit/seals", "administrator"),
                e("GET", "/api/audit/erasures", "/api/audit/erasures", "auditor", "administrator"),
                post("/api/admin/children/{childId}/erasure", "/api/admin/children/C1/erasure", "administrator"),
                post("/api/admin/refill-events", "/api/admin/refill-events", "administrator"),
                post("/api/admin/rebuild", "/api/admin/rebuild", "administrator"),
                e("GET", "/api/admin/rebuild", "/api/admin/rebuild", "administrator"),
                e("GET", "/api/admin/status", "/api/admin/status", "administrator"),
                e("GET", "/api/admin/published", "/api/admin/published", "administrator"),
                post("/api/admin/published/{table}", "/api/admin/published/no-such-table", "administrator"),
                e("GET", "/api/admin/reconciliation", "/api/admin/reconciliation", "administrator"),
                post("/api/admin/reconciliation", "/api/admin/reconciliation", "administrator"),
                e("GET", "/api/admin/users", "/api/admin/users", "administrator"),
                e("GET", "/api/admin/sign-in-locks", "/api/admin/sign-in-locks", "administrator"),
                post("/api/admin/users", "/api/admin/users", "administrator"),
                post("/api/admin/users/{username}/password-reset", "/api/admin/users/nobody/password-reset", "administrator"),
                e("DELETE", "/api/admin/users/{username}", "/api/admin/users/nobody", "administrator"),
                e("GET", "/api/account", "/api/account", "*"),
                post("/api/account/password", "/api/account/password", "*"),
                e("GET", "/v3/api-docs", "/v3/api-docs", "*"),
                e("GET", "/v3/api-docs.yaml", "/v3/api-docs.yaml", "*"),
                e("GET", "/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config", "*"),
                e("GET", "/swagger-ui.html", "/swagger-ui.html", "*"),
                e("GET", "/login", "/login", "anyone"),
                e("GET", "/actuator/health", "/actuator/health", "anyone"));
    }

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

    static Stream<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        for (Endpoint endpoint : table()) {
            for (String role : ROLES) out.add(new Object[]{endpoint, role});
            out.add(new Object[]{endpoint, "nobody"});
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void each_role_is_allowed_or_refused_as_the_table_says(Endpoint endpoint, String role) {
        RunningLedger asked = role.equals("nobody") ? ledger.anonymous() : ledger.as(role);
        RunningLedger.Response response = asked.send(endpoint.method(), endpoint.path(), endpoint.body());
        boolean anyone = endpoint.allowed().contains("anyone");
        if (role.equals("nobody") && !anyone) {
            assertThat(response.status()).as("%s with no credentials: %s", endpoint, response.body()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        } else if (anyone || endpoint.allowed().contains("*") || endpoint.allowed().contains(role)) {
            assertThat(response.status()).as("%s as %s: %s", endpoint, role, response.body()).isNotIn(401, 403);
        } else {
            assertThat(response.status()).as("%s as %s: %s", endpoint, role, response.body()).isEqualTo(403);
            assertThat(response.body()).contains("/problems/forbidden");
        }
    }

    @Test
    void the_table_names_every_endpoint_the_application_has() {
        Set<String> mapped = new TreeSet<>();
        var handlers = ledger.bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods();
        for (var entry : handlers.entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (handler.getBeanType().getName().startsWith("org.springframework")) continue;
            for (String pattern : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) mapped.add(method.name() + " " + pattern);
            }
        }
        Set<String> named = new TreeSet<>();
        for (Endpoint e : table()) named.add(e.method() + " " + e.pattern());
        named.remove("GET /actuator/health");
        assertThat(named).containsAll(mapped);
        assertThat(mapped).containsAll(named);
    }

    private static Endpoint e(String method, String pattern, String path, String... allowed) {
        return new Endpoint(method, pattern, path, null, Set.of(allowed));
    }

    private static Endpoint post(String pattern, String path, String... allowed) {
        return new Endpoint("POST", pattern, path, "{}", Set.of(allowed));
    }
}
