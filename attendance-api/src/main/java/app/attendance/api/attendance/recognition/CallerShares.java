package app.attendance.api.attendance.recognition;

import app.attendance.api.system.ApiException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A fair share of recognition per caller (a teacher's user id, a device's id): at most
 * {@link RecognitionProperties#maxFramesPerCaller()} frames of one caller are recognised at once, a
 * further frame is refused at once with 429 {@code too-many-frames} and {@code Retry-After}, so that
 * one caller's burst cannot hold every slot of face-service's bulkhead while other classrooms wait.
 *
 * <p>No library: neither Resilience4j nor Bucket4j is on the class path, and a keyed in-flight
 * counter is a few lines. Counts live in a {@link ConcurrentHashMap} updated atomically by
 * {@code compute}, and an entry is removed when its count drops to zero, so idle callers cost nothing.
 */
@Component
public class CallerShares {

    private final int limit;
    private final ConcurrentMap<String, Integer> inFlight = new ConcurrentHashMap<>();

    CallerShares(RecognitionProperties rules) {
        this.limit = rules.maxFramesPerCaller();
    }

    /** A slot taken by one frame of a caller; closing it gives the slot back (once). */
    public interface Share extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes one of the caller's slots, or throws 429 when the caller already has all of them in flight. */
    public Share acquire(String caller) {
        inFlight.compute(caller, (k, n) -> {
            int current = n == null ? 0 : n;
            if (current >= limit) {
                throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too-many-frames",
                        "At most " + limit + " frames of one camera are recognised at once; retry shortly")
                        .with("retryAfterSeconds", 1);
            }
            return current + 1;
        });
        boolean[] closed = {false};
        return () -> {
            synchronized (closed) {
                if (closed[0]) {
                    return;
                }
                closed[0] = true;
            }
            inFlight.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
        };
    }

    /** Frames of the caller being recognised now (for tests and metrics). */
    public int inFlight(String caller) {
        return inFlight.getOrDefault(caller, 0);
    }

    /** The caller key of a user (a teacher or an admin at the webcam). */
    public static String user(long userId) {
        return "user:" + userId;
    }

    /** The caller key of a camera device. */
    public static String device(long deviceId) {
        return "device:" + deviceId;
    }
}
