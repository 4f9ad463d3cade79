package app.attendance.face.system;

import app.attendance.face.image.ImageRejectedException;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into an {@code application/problem+json} body with {@code status},
 * {@code title}, {@code detail} and a machine-readable {@code code}.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ImageRejectedException.class)
    ProblemDetail imageRejected(ImageRejectedException e) {
        return switch (e.kind()) {
            case EMPTY, CORRUPT -> Problems.of(HttpStatus.BAD_REQUEST, "invalid-image", e.getMessage());
            case UNSUPPORTED -> Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", e
                    .getMessage());
            case TOO_MANY_BYTES, TOO_MANY_PIXELS -> Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", e
                    .getMessage());
        };
    }

    /** PostgreSQL (the templates) unreachable: writes cannot be acknowledged; searches keep working. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> database(RuntimeException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "The face template database is unavailable; nothing was stored. Try again shortly.");
        problem.setType(java.net.URI.create("urn:attendance:problem:database-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @ExceptionHandler(RequestRefusedException.class)
    ProblemDetail api(RequestRefusedException e) {
        return Problems.of(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .collect(Collectors.joining("; "));
        return Problems.of(HttpStatus.BAD_REQUEST, "validation", detail);
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-request",
                "The request is not a readable multipart/form-data upload: " + e.getMostSpecificCause().getMessage());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> r.getMethodParameter().getParameterName() + ": " + err.getDefaultMessage()))
                .collect(Collectors.joining("; "));
        return handleExceptionInternal(e, Problems.of(HttpStatus.BAD_REQUEST, "validation", detail), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", Problems.codeFor(statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
