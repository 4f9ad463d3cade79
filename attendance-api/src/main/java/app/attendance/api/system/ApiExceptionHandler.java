package app.attendance.api.system;

import jakarta.validation.ConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns failures into RFC 9457 ProblemDetails with the machine-readable
 * {@code code} of docs/api.md: {@code validation} (with {@code errors[]}), {@code not-found},
 * {@code conflict} (with {@code field}), {@code in-use}, {@code timetable-clash}, and so on; an
 * unreachable database is 503 {@code database-unavailable} (see {@link DatabaseOutage}).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApi(ApiException e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(e.getStatus(), e.getMessage());
        pd.setProperty("code", e.getCode());
        e.getProperties().forEach(pd::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.getStatus());
        Object retryAfter = e.getProperties().get("retryAfterSeconds");
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        }
        return response.body(pd);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> handleIntegrity(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        ApiException problem = ConstraintNames.field(message)
                .map(field -> new ApiException(HttpStatus.CONFLICT, "conflict", field + " is already used")
                        .with("field", field))
                .orElseGet(() -> message.contains("foreign key")
                        ? ApiException.inUse("The change conflicts with data that depends on it")
                        : new ApiException(HttpStatus.CONFLICT, "conflict", "The change conflicts with existing data"));
        return handleApi(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleDenied(AccessDeniedException e) {
        return handleApi(ApiException.forbidden("You may not access this resource"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleViolation(ConstraintViolationException e) {
        List<ApiException.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ApiException.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return handleApi(validation(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e) {
        return handleApi(ApiException.invalid(e.getName(), "has an invalid value '" + e.getValue() + "'"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(f -> errors.add(new ApiException.FieldError(f.getField(), f
                .getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new ApiException.FieldError(g.getObjectName(), g
                .getDefaultMessage())));
        return cast(handleApi(validation(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(
                new ApiException.FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        return cast(handleApi(validation(errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex.getMostSpecificCause().getMessage();
        return cast(handleApi(ApiException.invalid("body", "is not readable JSON of the expected shape: "
                + (detail == null ? "" : detail.lines().findFirst().orElse("")))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail pd
                && (pd.getProperties() == null || !pd.getProperties().containsKey("code"))) {
            pd.setProperty("code", codeFor(statusCode.value()));
        }
        return response;
    }

    /** The database cannot be reached (down, restarting, network): 503, never 500. */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class,
            DataAccessResourceFailureException.class, JDBCConnectionException.class,
            SQLTransientConnectionException.class})
    ResponseEntity<ProblemDetail> handleDatabaseOutage(Exception e) {
        log.warn("Database unreachable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
                .body(DatabaseOutage.problem());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        if (DatabaseOutage.causedBy(e)) {
            return handleDatabaseOutage(e); // wrapped in something else, e.g. a JpaSystemException
        }
        log.error("Unexpected failure", e);
        return handleApi(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Unexpected server error"));
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            default -> status >= 500 ? "internal" : "error";
        };
    }

    private static ApiException validation(List<ApiException.FieldError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields")
                .with("errors", errors);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
