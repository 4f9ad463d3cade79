package app.attendance.web.api;

/** attendance-api could not be reached at all (connection refused, timeout). */
public class ApiUnavailableException extends RuntimeException {

    public ApiUnavailableException(Throwable cause) {
        super("attendance-api is unreachable: " + cause.getMessage(), cause);
    }
}
