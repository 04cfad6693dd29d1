package org.placementledger.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;
import java.net.URI;

/**
 * 401 and 403 as problem details, like every other refusal of the API. A browser opening a page is sent to the
 * sign-in page instead. The Basic challenge goes only to clients that are not browsers: a browser that was once
 * challenged sends the credentials it remembers with every request, a form another site could post.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} for a client that is not a browser ("Basic ..." or "Bearer") */
    SecurityProblems(ObjectMapper json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        boolean browser = request.getHeader("Sec-Fetch-Mode") != null || accepts(request, "text/html");
        if (browser && "GET".equals(request.getMethod()) && !request.getRequestURI().startsWith("/api/")) {
            response.sendRedirect("/login");
            return;
        }
        if (!browser) response.setHeader("WWW-Authenticate", challenge);
        write(response, HttpStatus.UNAUTHORIZED, "/problems/unauthenticated", "Sign-in needed",
                "This needs a signed-in user: send credentials (" + challenge.split(" ")[0] + ") or sign in at /login.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (e instanceof CsrfException) {
            write(response, HttpStatus.FORBIDDEN, "/problems/csrf", "Missing or wrong CSRF token",
                    "A signed-in browser session must send the XSRF-TOKEN cookie's value as the X-XSRF-TOKEN header.");
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "/problems/forbidden", "Not allowed",
                "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI() + ".");
    }

    void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail) throws IOException {
        write(response, status, type, title, detail, java.util.Map.of());
    }

    void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
               java.util.Map<String, Object> properties) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(type);
    }
}
