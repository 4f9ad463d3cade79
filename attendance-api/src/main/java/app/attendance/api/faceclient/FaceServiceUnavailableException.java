package app.attendance.api.faceclient;

import java.time.Duration;

/**
 * face-service could not answer: down, too slow, busy, or the circuit is open. Answered to
 * clients as 503 {@code face-service-unavailable} with {@code Retry-After}.
 */
public class FaceServiceUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public FaceServiceUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds the client should wait before retrying, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
