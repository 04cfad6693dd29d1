package org.placementledger.infra.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.net.URI;

/** A request body the server cannot take apart: a multipart upload that is not one, one too large, or a form it refuses. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The upload is larger than this server takes (" + (e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() + " bytes a file" : "see its settings") + ").");
        problem.setType(URI.create("/problems/upload-too-large"));
        problem.setTitle("Upload too large");
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(InvalidField.class)
    public ResponseEntity<ProblemDetail> invalid(InvalidField e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("/problems/invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", e.field(), "message", e.getMessage())));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not a well-formed multipart/form-data upload (each file a part named as the API says).");
        problem.setType(URI.create("/problems/malformed-multipart"));
        problem.setTitle("Malformed upload");
        return ResponseEntity.of(problem).build();
    }
}
