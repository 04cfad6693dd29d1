package org.placementledger.infra.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Errors raised before a request reaches the application (the server refusing a path it will not read, a body
 * it cannot take) as problem details like every other refusal, instead of the server's own error page. Only the
 * status and its meaning are told: never the exception or anything of the internals.
 */
@RestController
public class ErrorProblems implements ErrorController {

    @RequestMapping("/error")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.value() < 400) status = HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = switch (status) {
            case BAD_REQUEST -> "The request cannot be read: its path, headers or body are not well formed.";
            case NOT_FOUND -> "Nothing is at this path.";
            case PAYLOAD_TOO_LARGE -> "The request is larger than this server takes.";
            default -> status.is5xxServerError() ? "The request could not be completed." : status.getReasonPhrase() + ".";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/http-" + status.value()));
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
