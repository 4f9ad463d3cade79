package app.attendance.api.faceclient;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns face-service failures into problem documents: 503 {@code face-service-unavailable}
 * with {@code Retry-After}, and face-service's refusals of an image into the matching 4xx.
 * Ordered first so that a general handler for RuntimeException does not swallow them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FaceServiceErrors {

    @ExceptionHandler(FaceServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(FaceServiceUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Face recognition is unavailable right now; try again shortly.");
        problem.setTitle("Face service unavailable");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("code", "face-service-unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(FaceServiceRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(FaceServiceRejectedException e) {
        HttpStatus status = switch (e.status()) {
            case 413 -> HttpStatus.CONTENT_TOO_LARGE;
            case 415 -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
        String code = switch (e.status()) {
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "invalid-image";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Image refused");
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
