package org.placementledger.infra.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.UUID;

/**
 * The last resort: anything unexpected is logged with an incident id and answered as a 500 that carries
 * the id and nothing of the internals. Spring's own errors (wrong method, wrong media type) keep their status.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedProblems {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedProblems.class);

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode()).body(known.getBody());
        }
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: request failed", incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Quote incident " + incident + " when reporting it.");
        problem.setType(URI.create("/problems/internal"));
        problem.setTitle("Internal error");
        problem.setProperty("incident", incident);
        return ResponseEntity.of(problem).build();
    }
}
