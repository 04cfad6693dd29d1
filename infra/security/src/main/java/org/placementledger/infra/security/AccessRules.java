package org.placementledger.infra.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import static org.placementledger.infra.security.Role.ADMINISTRATOR;
import static org.placementledger.infra.security.Role.AUDITOR;
import static org.placementledger.infra.security.Role.MANAGER;
import static org.placementledger.infra.security.Role.PERFORMANCE;
import static org.placementledger.infra.security.Role.RECORDER;

/**
 * Who may call what: the one table of the API's access, by method and path (HEAD as GET: the GET handler serves
 * it). Anything not named needs a signed-in user and is otherwise refused by the endpoint itself (404 for a path
 * that does not exist).
 * <p>
 * Managers see aggregate figures and the alerts (child ids, no personal details); child-level records are for
 * recorders (who keep them) and auditors (who check them).
 */
final class AccessRules {

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/login", "/login.css", "/favicon.svg", "/error").permitAll()

                .requestMatchers(HttpMethod.GET, "/api/account").authenticated()
                .requestMatchers(HttpMethod.HEAD, "/api/account").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/account/password").authenticated()

                .requestMatchers(HttpMethod.POST, "/api/children/*/**").hasRole(RECORDER.name())
                .requestMatchers(HttpMethod.GET, "/api/children/*/history").hasAnyRole(RECORDER.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/children/*/history").hasAnyRole(RECORDER.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/imports/**").hasRole(RECORDER.name())
                .requestMatchers(HttpMethod.GET, "/api/imports/**").hasAnyRole(RECORDER.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/imports/**").hasAnyRole(RECORDER.name(), AUDITOR.name())

                .requestMatchers(HttpMethod.GET, "/api/dashboard/**").hasAnyRole(MANAGER.name(), PERFORMANCE.name())
                .requestMatchers(HttpMethod.HEAD, "/api/dashboard/**").hasAnyRole(MANAGER.name(), PERFORMANCE.name())
                .requestMatchers(HttpMethod.GET, "/api/alerts").hasAnyRole(MANAGER.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/alerts").hasAnyRole(MANAGER.name(), AUDITOR.name())
                // The children behind a figure: to those who see the figures, by pseudonym unless they may see identities.
                .requestMatchers(HttpMethod.GET, "/api/measures/members").hasAnyRole(MANAGER.name(), PERFORMANCE.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/measures/members").hasAnyRole(MANAGER.name(), PERFORMANCE.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.GET, "/api/measures", "/api/measures/trend", "/api/measures/comparators", "/api/measures/comparators/years",
                        "/api/measures/forecast", "/api/measures/forecast/backtest")
                .hasAnyRole(MANAGER.name(), PERFORMANCE.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/measures", "/api/measures/trend", "/api/measures/comparators", "/api/measures/comparators/years",
                        "/api/measures/forecast", "/api/measures/forecast/backtest")
                .hasAnyRole(MANAGER.name(), PERFORMANCE.name(), AUDITOR.name())

                .requestMatchers(HttpMethod.GET, "/api/exports/**").hasRole(PERFORMANCE.name())
                .requestMatchers(HttpMethod.HEAD, "/api/exports/**").hasRole(PERFORMANCE.name())
                .requestMatchers(HttpMethod.POST, "/api/reports").hasRole(PERFORMANCE.name())
                .requestMatchers(HttpMethod.GET, "/api/reports", "/api/reports/*").hasAnyRole(PERFORMANCE.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/reports", "/api/reports/*").hasAnyRole(PERFORMANCE.name(), AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/reports/*/check").hasAnyRole(PERFORMANCE.name(), AUDITOR.name())

                .requestMatchers(HttpMethod.GET, "/api/audit/verify").hasAnyRole(AUDITOR.name(), ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/audit/verify").hasAnyRole(AUDITOR.name(), ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/audit/reads").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/audit/reads").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/audit/seals").hasRole(ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/audit/erasures").hasAnyRole(AUDITOR.name(), ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.HEAD, "/api/audit/erasures").hasAnyRole(AUDITOR.name(), ADMINISTRATOR.name())

                .requestMatchers("/api/admin/**").hasRole(ADMINISTRATOR.name())
                .requestMatchers("/actuator/**").hasRole(ADMINISTRATOR.name())
                .anyRequest().authenticated();
    }
}
