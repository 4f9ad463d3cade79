package app.attendance.api.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A domain failure that the API reports as a ProblemDetail: an HTTP status, a machine-readable
 * {@code code} (see docs/api.md) and optional extra properties (e.g. {@code field}, {@code clashes}).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiException(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    /** Adds a property to the problem body. */
    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public static ApiException notFound(String entity, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", entity + " " + id + " does not exist")
                .with("entity", entity);
    }

    public static ApiException duplicate(String field, Object value) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", field + " '" + value + "' is already used")
                .with("field", field);
    }

    public static ApiException inUse(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "in-use", detail);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", field + ": " + message)
                .with("errors", java.util.List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    public HttpStatus getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    public Map<String, Object> getProperties() {
        return properties;
    }

    /** One invalid field in a {@code validation} problem. */
    public record FieldError(String field, String message) {
    }
}
