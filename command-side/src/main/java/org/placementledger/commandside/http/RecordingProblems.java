package org.placementledger.commandside.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.placementledger.commandside.domain.RuleBroken;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * What a recorder is told when a request is not taken, as RFC 9457 problem details: 400 for a request
 * that cannot be read (every bad field named), 422 for a record the rules refuse (the rule and why),
 * 409 for a write that lost a race with another write to the same child.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RecordingProblems {

    @ExceptionHandler(InvalidRequest.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.errors().size() == 1 ? "1 field is not valid" : e.errors().size() + " fields are not valid");
        problem.setType(URI.create("/problems/invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.errors());
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String where = "";
        if (e.getCause() instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation at = json.getLocation();
            where = " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not well-formed JSON" + where);
        problem.setType(URI.create("/problems/malformed-json"));
        problem.setTitle("Malformed JSON");
        problem.setProperty("errors", java.util.List.of(new FieldError("(body)", "not well-formed JSON" + where)));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(RuleBroken.class)
    public ResponseEntity<ProblemDetail> ruleBroken(RuleBroken e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setType(URI.create("/problems/rules/" + e.rule().name()));
        problem.setTitle("Refused by a rule of the record");
        problem.setProperty("rule", e.rule().name());
        problem.setProperty("ruleText", e.rule().description());
        return ResponseEntity.of(problem).build();
    }

    /**
     * The expected sequence was not the child's (ConflictingAggregateVersionException), or another writer
     * stored the child's next event first (the event store's unique key: ConcurrencyException, or
     * AggregateStreamCreationException for a child's first event).
     */
    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class, AggregateStreamCreationException.class})
    public ResponseEntity<ProblemDetail> conflict(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another write to this child was recorded first. Read the child again and retry if the change still applies.");
        problem.setType(URI.create("/problems/concurrent-write"));
        problem.setTitle("Concurrent write");
        return ResponseEntity.of(problem).build();
    }
}
