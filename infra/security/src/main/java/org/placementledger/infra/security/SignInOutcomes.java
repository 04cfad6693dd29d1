package org.placementledger.infra.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The outcome of each password checked, as Spring Security announces it: a wrong password (or an unknown user)
 * counts towards a lock and is logged, with a warning when it starts one; the right one clears the user's count.
 */
final class SignInOutcomes implements ApplicationListener<AbstractAuthenticationEvent> {

    private static final Logger log = LoggerFactory.getLogger(SignInOutcomes.class);

    private final SignInThrottle throttle;

    SignInOutcomes(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationEvent event) {
        if (event instanceof AuthenticationSuccessEvent success) {
            throttle.succeeded(success.getAuthentication().getName());
        } else if (event instanceof AuthenticationFailureBadCredentialsEvent failure) {
            String username = failure.getAuthentication().getName();
            String address = failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
            SignInThrottle.Outcome outcome = throttle.failed(username, address);
            if (outcome instanceof SignInThrottle.Locked locked) {
                var lock = locked.lock();
                log.warn("Sign-in {} locked until {} after {} failed sign-ins{} (the last as '{}' from {}). "
                                + "Administrators: GET /api/admin/sign-in-locks lists the locks; a password reset lifts a user's.",
                        lock.scope() == SignInThrottle.Scope.USER ? "for user '" + printable(lock.key()) + "'" : "from address " + lock.key(),
                        lock.until(), lock.failures(), lock.scope() == SignInThrottle.Scope.USER ? " in a row" : "",
                        printable(username), address);
            } else if (outcome instanceof SignInThrottle.Counted counted) {
                log.info("Sign-in as '{}' from {} failed: wrong password or no such user ({} in a row for the user, {} from the address)",
                        printable(username), address, counted.userFailures(), counted.addressFailures());
            }
        }
    }

    /** A name as typed by anyone, made safe for a log line: no line breaks or control characters, and short. */
    static String printable(String name) {
        if (name == null) return "";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < 64; i++) {
            char c = name.charAt(i);
            out.append(Character.isISOControl(c) || c == '\'' ? '?' : c);
        }
        return name.length() > 64 ? out + "..." : out.toString();
    }
}
