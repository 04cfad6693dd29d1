package org.placementledger.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a sign-in attempt (HTTP Basic credentials, or the sign-in form posted) while its user or its address
 * is locked ({@link SignInThrottle}), before any password is checked: 429 with {@code Retry-After} for an API
 * client, the sign-in page saying when to try again for a browser. Requests of a signed-in browser session carry
 * no credentials and are never held up. The outcomes of the attempts that go through are counted by
 * {@link SignInOutcomes}.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;
    private final SecurityProblems problems;
    private final Clock clock;

    SignInThrottleFilter(SignInThrottle throttle, SecurityProblems problems, Clock clock) {
        this.throttle = throttle;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI());
        String username = form ? request.getParameter("username") : basicUsername(request.getHeader("Authorization"));
        Optional<SignInThrottle.Lock> lock = username == null ? Optional.empty() : throttle.refuses(username, request.getRemoteAddr());
        if (lock.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = clock.instant();
        long seconds = Math.max(1, (long) Math.ceil(lock.get().left(now).toMillis() / 1000.0));
        log.info("Sign-in as '{}' from {} refused unchecked: {} locked for {} s more", SignInOutcomes.printable(username),
                request.getRemoteAddr(), lock.get().scope() == SignInThrottle.Scope.USER ? "the user is" : "this address is", seconds);
        response.setHeader("Retry-After", Long.toString(seconds));
        if (form) {
            response.sendRedirect("/login?locked=" + seconds);
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("retryAfter", lock.get().until().truncatedTo(ChronoUnit.SECONDS).toString());
        properties.put("retryAfterSeconds", seconds);
        String who = lock.get().scope() == SignInThrottle.Scope.USER ? "for this user" : "from this address";
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "/problems/sign-in-locked", "Too many failed sign-ins",
                lock.get().failures() + " sign-ins " + who + " failed: sign-in is locked until "
                        + lock.get().until().truncatedTo(ChronoUnit.SECONDS) + " (in " + seconds
                        + " s). An administrator can see locks at GET /api/admin/sign-in-locks, and a password reset lifts the user's.",
                properties);
    }

    /** The user named by HTTP Basic credentials, or null when there are none or they cannot be read. */
    static String basicUsername(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
