package app.attendance.web.live;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.ApiUnavailableException;
import app.attendance.web.api.FormErrors;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Relays one frame and turns failures into small JSON answers the camera script understands:
 * 503 with {@code Retry-After} when face recognition is busy or down, the API's status otherwise.
 */
public final class FrameRelay {

    private static final long DEFAULT_RETRY_SECONDS = 5;

    private FrameRelay() {
    }

    public static ResponseEntity<?> relay(Supplier<FrameResult> call) {
        try {
            return ResponseEntity.ok(call.get());
        } catch (ApiUnavailableException e) {
            return busy(Duration.ofSeconds(DEFAULT_RETRY_SECONDS), "api-unavailable", e.getMessage());
        } catch (ApiCallException e) {
            if (e.is(503) || e.is(429)) {
                Duration wait = e.retryAfter() == null ? Duration.ofSeconds(DEFAULT_RETRY_SECONDS) : e.retryAfter();
                return busy(wait, e.code(), FormErrors.message(e.problem()));
            }
            int status = e.status() >= 500 ? 502 : e.status();
            return ResponseEntity.status(status)
                    .body(Map.of("code", e.code(), "message", FormErrors.message(e.problem())));
        }
    }

    private static ResponseEntity<?> busy(Duration wait, String code, String message) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())))
                .body(Map.of("code", code == null ? "" : code, "message", message == null ? "" : message));
    }
}
