package org.placementledger.infra.security;

import org.placementledger.queryside.web.InvalidQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code GET /api/audit/reads}: who read which child's data, when, and how it was answered; for auditors. */
@RestController
public class ReadAuditController {

    private final ReadAudit audit;

    public ReadAuditController(ReadAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit/reads")
    public List<ReadAudit.Read> reads(@RequestParam(required = false) String user, @RequestParam(required = false) String childId,
                                      @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to, @RequestParam(required = false) String limit) {
        if (action != null && !ReadAudit.ACTIONS.contains(action)) {
            throw new InvalidQuery("action", "must be one of " + String.join(", ", ReadAudit.ACTIONS));
        }
        int n = 100;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new InvalidQuery("limit", "must be a whole number from 1 to 1000, not '" + limit + "'");
            }
            if (n < 1 || n > 1000) throw new InvalidQuery("limit", "must be from 1 to 1000, not " + n);
        }
        return audit.find(blankToNull(user), blankToNull(childId), action, instant("from", from), instant("to", to), n);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidQuery(name, "must be an instant such as 2026-05-15T09:00:00Z, not '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
