package org.placementledger.infra.security;

import org.springframework.http.HttpMethod;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A user removed while signed in (a browser session outlives the removal) is signed out at their next request.
 * A user signed in with a password made for them (the first administrator's from the log, or one an
 * administrator reset) may only read who they are and choose their own password.
 */
final class OneTimePasswordFilter extends OncePerRequestFilter {

    private final LocalUsers users;
    private final SecurityProblems problems;

    OneTimePasswordFilter(LocalUsers users, SecurityProblems problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                && users.find(auth.getName()).isEmpty()) {
            // Removed by an administrator while signed in: the session ends here.
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            if (session != null) session.invalidate();
            SecurityContextHolder.clearContext();
            problems.write(response, HttpStatus.UNAUTHORIZED, "/problems/unauthenticated", "Sign-in needed",
                    "This user no longer exists: sign in as another.");
            return;
        }
        if (auth != null && auth.isAuthenticated() && !allowed(request)
                && users.find(auth.getName()).map(LocalUser::mustChangePassword).orElse(false)) {
            problems.write(response, HttpStatus.FORBIDDEN, "/problems/password-change-needed", "Password change needed",
                    "You signed in with a one-time password: choose your own first (POST /api/account/password with "
                            + "currentPassword and newPassword).");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The page's own files hold no data, and the page is where a browser user chooses the password. */
    private static final java.util.Set<String> PAGE = java.util.Set.of("/", "/index.html", "/dashboard.js", "/outlook.js", "/dashboard.css", "/favicon.svg");

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/api/account") || path.equals("/api/account/password") || path.equals("/logout")
                || path.equals("/login") || path.equals("/login.css") || path.startsWith("/actuator/health") || path.equals("/error")
                || (HttpMethod.GET.matches(request.getMethod()) && (PAGE.contains(path) || path.startsWith("/webjars/")));
    }
}
