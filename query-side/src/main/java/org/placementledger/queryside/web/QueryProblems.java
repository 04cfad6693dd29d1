package org.placementledger.queryside.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A bad query parameter is a 400 problem that names the parameter, as the recording API names fields. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblems {

    @ExceptionHandler(InvalidQuery.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidQuery e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.parameter() + ": " + e.getMessage());
        problem.setType(URI.create("/problems/invalid-query"));
        problem.setTitle("Invalid query");
        problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "message", e.getMessage())));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(NotFound.class)
    public ResponseEntity<ProblemDetail> notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("/problems/not-found"));
        problem.setTitle("Not found");
        return ResponseEntity.of(problem).build();
    }
}
