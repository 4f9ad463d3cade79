package app.attendance.api.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per username + client address; after {@code maxLoginFailures} failures the
 * pair is locked out for {@code loginLockout}. In memory: one API instance per school.
 */
@Component
class LoginRateLimiter {

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AuthProperties props;
    private final Clock clock;

    LoginRateLimiter(AuthProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    /** How long the caller must wait, if locked out. */
    Optional<Duration> lockedFor(String username, String address) {
        Failures f = failures.get(key(username, address));
        Instant now = clock.instant();
        if (f == null || f.lockedUntil == null || !now.isBefore(f.lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.lockedUntil));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        failures.compute(key(username, address), (k, f) -> {
            Failures next = f == null || (f.lockedUntil != null && !now.isBefore(f.lockedUntil))
                    ? new Failures(0, null) : f;
            int count = next.count + 1;
            return new Failures(count, count >= props.maxLoginFailures() ? now.plus(props.loginLockout()) : null);
        });
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> e.getValue().lockedUntil == null);
        }
    }

    void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private static String key(String username, String address) {
        return username.toLowerCase(java.util.Locale.ROOT) + "|" + address;
    }

    /** Failures so far and, once over the limit, the end of the lockout. */
    private record Failures(int count, Instant lockedUntil) {
    }
}
