package org.placementledger.commandside.http;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.security.Principal;

/**
 * Who made the current request, as it goes into the events' metadata: the signed-in user. The name a request
 * gives itself ({@code X-Recorded-By}) counts only where nobody signs in (this module's own tests); with
 * sign-in, a header cannot make a record look like someone else's.
 */
final class Requester {

    private Requester() {
    }

    static String of(String claimed, String nobody) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            Principal principal = servlet.getRequest().getUserPrincipal();
            if (principal != null) return principal.getName();
        }
        return claimed == null || claimed.isBlank() ? nobody : claimed.trim();
    }
}
