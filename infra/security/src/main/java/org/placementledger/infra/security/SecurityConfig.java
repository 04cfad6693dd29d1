package org.placementledger.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Sign-in for every endpoint but health. Two ways, chosen by configuration:
 * <ul>
 *   <li>production: an OAuth2/OIDC issuer's JWTs ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 *   {@code jwk-set-uri}), roles from a claim ({@code placement-ledger.security.jwt.roles-claim}, default {@code roles});
 *   no sessions, so no CSRF (a bearer token is never sent by a browser on its own);</li>
 *   <li>the embedded default: local users from the users file ({@link LocalUsers}), by HTTP Basic for API clients
 *   and a sign-in page with a session for browsers; requests of a browser session carry a CSRF token.</li>
 * </ul>
 * Either way the same table ({@link AccessRules}) says who may call what, refusals are problem details, and the
 * pages carry security headers with a content security policy.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /** Pages are the application's own: scripts, styles, images and connections to this origin only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** bcrypt for new hashes; a password that matched is remembered for five minutes ({@link RememberedPasswords}). */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), java.time.Duration.ofMinutes(5));
    }

    @Bean
    @Conditional(LocalSignIn.class)
    public LocalUsers localUsers(@Value("${placement-ledger.security.users-file:}") String usersFile,
                                 @Value("${placement-ledger.data-dir}") String dataDir, PasswordEncoder encoder, Clock clock) {
        Path file = usersFile == null || usersFile.isBlank() ? Path.of(dataDir, "users.json") : Path.of(usersFile);
        return new LocalUsers(file, encoder, clock);
    }

    /**
     * Failed sign-ins of local users, counted per user and per client address; an OAuth2/OIDC issuer throttles
     * its own. The address is the connection's: behind a proxy, set {@code server.forward-headers-strategy}
     * so that it is the client's, not the proxy's (docs/security.md).
     */
    @Bean
    @Conditional(LocalSignIn.class)
    public SignInThrottle signInThrottle(@Value("${placement-ledger.security.sign-in.user-failures:5}") int userFailures,
                                         @Value("${placement-ledger.security.sign-in.address-failures:20}") int addressFailures,
                                         @Value("${placement-ledger.security.sign-in.first-lock:30s}") java.time.Duration firstLock,
                                         @Value("${placement-ledger.security.sign-in.longest-lock:15m}") java.time.Duration longestLock,
                                         @Value("${placement-ledger.security.sign-in.forget-after:1h}") java.time.Duration forgetAfter,
                                         Clock clock) {
        try {
            return new SignInThrottle(new SignInThrottle.Policy(userFailures, addressFailures, firstLock, longestLock, forgetAfter), clock);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("placement-ledger.security.sign-in: " + e.getMessage(), e);
        }
    }

    @Bean
    @Conditional(LocalSignIn.class)
    SignInOutcomes signInOutcomes(SignInThrottle throttle) {
        return new SignInOutcomes(throttle);
    }

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<LocalUsers> localUsers,
                                                   ObjectProvider<SignInThrottle> throttle, Clock clock, ObjectMapper json,
                                                   @Value("${placement-ledger.security.jwt.roles-claim:roles}") String rolesClaim,
                                                   @Value("${placement-ledger.security.jwt.username-claim:preferred_username}") String usernameClaim)
            throws Exception {
        LocalUsers users = localUsers.getIfAvailable();
        SecurityProblems problems = new SecurityProblems(json, users != null ? "Basic realm=\"Placement Ledger\"" : "Bearer");
        http.authorizeHttpRequests(AccessRules::apply)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (users == null) {
            http.oauth2ResourceServer(o -> o
                            .jwt(j -> j.jwtAuthenticationConverter(roles(rolesClaim, usernameClaim)))
                            .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(c -> c.disable());
        } else {
            http.userDetailsService(users)
                    .httpBasic(b -> b.authenticationEntryPoint(problems))
                    // Until the dashboard is served at "/", a browser lands on who it is signed in as.
                    .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                    .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                    // A browser session's writes need the token from the XSRF-TOKEN cookie. A request that brings its own
                    // credentials (Basic) cannot be forged by another site, and an API request with no session has
                    // nothing to forge (it is refused as unsigned), so they need none. The sign-in form always does.
                    .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                            .ignoringRequestMatchers(r -> bringsCredentials(r)
                                    || r.getRequestURI().startsWith("/api/") && r.getRequestedSessionId() == null))
                    // Before either way of signing in reads a password: a locked user or address is refused unchecked.
                    .addFilterBefore(new SignInThrottleFilter(throttle.getObject(), problems, clock),
                            org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                    .addFilterBefore(new OneTimePasswordFilter(users, problems), AuthorizationFilter.class)
                    .addFilterAfter(new CsrfCookieFilter(), org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    private static boolean bringsCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && !authorization.isBlank();
    }

    /** The user's name from a claim (the subject when it is missing) and their roles from another; unknown roles count for nothing. */
    static Converter<Jwt, AbstractAuthenticationToken> roles(String rolesClaim, String usernameClaim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> out = new ArrayList<>();
            Object claim = jwt.getClaims().get(rolesClaim);
            List<?> names = claim instanceof Collection<?> c ? new ArrayList<>(c)
                    : claim instanceof String s ? List.of((Object[]) s.split("[ ,]+")) : List.of();
            for (Object name : names) Role.parse(String.valueOf(name)).ifPresent(r -> out.add(new SimpleGrantedAuthority(r.authority())));
            return out;
        });
        return jwt -> {
            AbstractAuthenticationToken token = converter.convert(jwt);
            String name = jwt.getClaimAsString(usernameClaim);
            return name == null || name.isBlank() || token == null ? token
                    : new org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken(jwt, token.getAuthorities(), name);
        };
    }
}
