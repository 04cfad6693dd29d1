package org.placementledger.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Records each read of children's data in the {@link ReadAudit} before it is served, and how it was answered. */
final class ReadAuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ReadAuditInterceptor.class);
    private static final String ID = ReadAuditInterceptor.class.getName() + ".id";
    private static final Pattern HISTORY = Pattern.compile("/api/children/([^/]+)/history");
    private static final Pattern REPORT_VIEW = Pattern.compile("/api/reports(/[^/]+)?");
    private static final Pattern REPORT_CHECK = Pattern.compile("/api/reports/[^/]+/check");
    private static final Pattern IMPORT_REPORT = Pattern.compile("/api/imports/[^/]+/problems(\\.csv)?");

    private static final org.springframework.web.util.UrlPathHelper PATHS = new org.springframework.web.util.UrlPathHelper();

    private final ReadAudit audit;
    private final SecurityProblems problems;

    ReadAuditInterceptor(ReadAudit audit, SecurityProblems problems) {
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        // Recorded once: a streamed answer comes back through here when it is resumed.
        if (request.getAttribute(ID) != null) return true;
        // The path as the application matched it (decoded), so that an encoded letter cannot slip a read past the
        // record; HEAD is served by the GET handler, so it is a read too.
        String path = PATHS.getPathWithinApplication(request);
        String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
        String action = null;
        String childId = null;
        Matcher history = HISTORY.matcher(path);
        if ("GET".equals(method) && history.matches()) {
            action = ReadAudit.CHILD_HISTORY;
            childId = history.group(1);
        } else if ("GET".equals(method) && path.startsWith("/api/exports/")) {
            action = ReadAudit.EXPORT;
        } else if ("GET".equals(method) && REPORT_VIEW.matcher(path).matches()) {
            action = ReadAudit.REPORT_VIEW;
        } else if ("POST".equals(method) && REPORT_CHECK.matcher(path).matches()) {
            action = ReadAudit.REPORT_RUN;
        } else if ("GET".equals(method) && IMPORT_REPORT.matcher(path).matches()) {
            action = ReadAudit.IMPORT_REPORT;
        } else if ("GET".equals(method) && path.equals("/api/measures/members")) {
            action = ReadAudit.MEASURE_MEMBERS;
        }
        if (action == null) return true;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null ? "anonymous" : auth.getName();
        List<String> roles = auth == null ? List.of() : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5).toLowerCase(java.util.Locale.ROOT)).sorted().toList();
        try {
            request.setAttribute(ID, audit.begin(user, roles, action, request.getMethod(), path, request.getQueryString(), childId));
            return true;
        } catch (RuntimeException e) {
            log.error("A read could not be recorded in the audit of reads, so it was not served: {} {} by {}", method, path, user, e);
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "/problems/read-not-recorded", "Read not recorded",
                    "Every read of children's data is recorded first, and this one could not be: try again shortly.");
            return false;
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object id = request.getAttribute(ID);
        if (!(id instanceof ObjectId read)) return;
        int status = ex != null && response.getStatus() < 400 ? 500 : response.getStatus();
        try {
            audit.outcome(read, status);
        } catch (RuntimeException e) {
            log.warn("The outcome ({}) of read {} could not be recorded; the read itself is", status, read, e);
        }
    }
}
