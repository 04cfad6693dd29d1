package org.placementledger.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page of the embedded default's local users: a plain form, no script, styles from this origin. */
@RestController
public class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    public String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String locked = request.getParameter("locked");
        String message = locked != null && locked.matches("\\d{1,6}")
                ? "<p class=\"error\" role=\"alert\">Too many failed sign-ins: sign-in is locked for " + lockedFor(Long.parseLong(locked))
                  + ". Try again then, or ask an administrator to reset your password.</p>"
                : request.getParameter("error") != null ? "<p class=\"error\" role=\"alert\">The username or password is not right.</p>"
                : request.getParameter("signed-out") != null ? "<p class=\"note\" role=\"status\">You are signed out.</p>" : "";
        String token = csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
                + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Sign in - Placement Ledger</title>
                  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                  <link rel="stylesheet" href="/login.css">
                </head>
                <body>
                  <main>
                    <h1>Placement Ledger</h1>
                    %s
                    <form method="post" action="/login">
                      <label for="username">Username</label>
                      <input id="username" name="username" autocomplete="username" required autofocus>
                      <label for="password">Password</label>
                      <input id="password" name="password" type="password" autocomplete="current-password" required>
                      %s
                      <button type="submit">Sign in</button>
                    </form>
                  </main>
                </body>
                </html>
                """.formatted(message, token);
    }

    private static String lockedFor(long seconds) {
        if (seconds < 90) return seconds + (seconds == 1 ? " second" : " seconds");
        long minutes = (seconds + 59) / 60;
        return "about " + minutes + " minutes";
    }
}
