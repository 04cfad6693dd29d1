package org.placementledger.infra.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * The firewall refusing what a request carries (a parameter name it will not take), met while reading the body:
 * a 400 problem, before the catch-all of unexpected failures can take it for an incident.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RejectedRequests {

    @ExceptionHandler(RequestRejectedException.class)
    public ResponseEntity<ProblemDetail> rejected(RequestRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request carries a parameter name or value that is not allowed; send the body as the API describes it.");
        problem.setType(URI.create("/problems/request-rejected"));
        problem.setTitle("Request rejected");
        return ResponseEntity.of(problem).build();
    }
}
