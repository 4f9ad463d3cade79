package app.attendance.face.system;

import org.springframework.http.HttpStatus;

/** A request the service refuses, with its HTTP status and machine-readable problem code. */
public class RequestRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public RequestRefusedException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
