package org.placementledger.infra.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.placementledger.events.PersonalDataErased;
import org.placementledger.infra.web.InvalidField;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Administrators erase a child's personal data, giving a reason; auditors and administrators read the audit of erasures. */
@RestController
public class ErasureController {

    static final int MAX_REASON = 500;

    private final Erasures erasures;

    public ErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @PostMapping("/api/admin/children/{childId}/erasure")
    public Map<String, Object> erase(@PathVariable String childId, @RequestBody(required = false) JsonNode body, Principal principal) {
        JsonNode reason = body == null ? null : body.get("reason");
        if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
            throw new InvalidField("reason", "reason is required: why the child's personal data is erased, for the audit of erasures");
        }
        if (reason.asText().length() > MAX_REASON) throw new InvalidField("reason", "reason is at most " + MAX_REASON + " characters");
        Erasures.Outcome outcome = erasures.erase(childId, PersonalDataErased.Basis.REQUEST, principal.getName(), reason.asText());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("childId", outcome.childId());
        out.put("erasedAt", outcome.erasedAt().toString());
        out.put("basis", outcome.basis().name().toLowerCase());
        out.put("alreadyErased", outcome.already());
        return out;
    }

    @GetMapping("/api/audit/erasures")
    public List<Document> audit(@RequestParam(required = false) String childId, @RequestParam(defaultValue = "100") String limit) {
        int n;
        try {
            n = Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw new InvalidField("limit", "limit is a whole number from 1 to 1000");
        }
        if (n < 1 || n > 1000) throw new InvalidField("limit", "limit is a whole number from 1 to 1000");
        return erasures.recent(childId, n);
    }

    @ExceptionHandler(Erasures.ChildInCare.class)
    public ResponseEntity<ProblemDetail> inCare(Erasures.ChildInCare e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("/problems/child-in-care"));
        problem.setTitle("Child in care");
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(Erasures.UnknownChild.class)
    public ResponseEntity<ProblemDetail> unknown(Erasures.UnknownChild e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("/problems/not-found"));
        problem.setTitle("Not found");
        return ResponseEntity.of(problem).build();
    }
}
