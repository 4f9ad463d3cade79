package app.attendance.api.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles failed logins with counters in PostgreSQL (table {@code login_throttle}), so several
 * API processes share them. Two budgets per window of {@code loginLockout}:
 * <ul>
 * <li>per client address, across all usernames ({@code maxClientFailures}): password spraying
 *     and brute force from one client end in 429 for that client only;</li>
 * <li>per account and client address ({@code maxLoginFailures}): a client guessing one account is
 *     stopped early, yet the account stays open to every other client, so a stranger cannot lock
 *     the real user out.</li>
 * </ul>
 * Counters are written in their own transaction: the failed login's rollback must not undo them.
 * A hand-written table rather than Bucket4j's PostgreSQL backend ({@code bucket4j_jdk17-postgresql}
 * resolves, and was weighed): a failure must count and a success must clear one counter, in the
 * caller's own short transactions, and a blocked client must be told when its window ends. Two
 * fixed-window counters do that with one upsert and one readable row each; Bucket4j would keep an
 * opaque serialised bucket per key in a table of its own, lock it with its own advisory locks
 * outside Spring's transactions, and refill continuously, so a lockout would no longer be one
 * window long as documented. Every replica shares the counters either way.
 */
@Component
class LoginThrottle {

    private static final String UPSERT = """
            INSERT INTO login_throttle (key, window_start, count) VALUES (:key, :now, 1)
            ON CONFLICT (key) DO UPDATE SET
              count = CASE WHEN login_throttle.window_start <= :expired THEN 1 ELSE login_throttle.count + 1 END,
              window_start = CASE WHEN login_throttle.window_start <= :expired THEN :now
                                  ELSE login_throttle.window_start END""";

    private final JdbcClient jdbc;
    private final AuthProperties props;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AuthProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
    }

    /** How long the client must wait before trying this username again, if it must. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> client = wait(clientKey(address), props.maxClientFailures(), now);
        Optional<Duration> account = wait(accountKey(username, address), props.maxLoginFailures(), now);
        return client.isPresent() && account.isPresent()
                ? Optional.of(client.get().compareTo(account.get()) > 0 ? client.get() : account.get())
                : client.or(() -> account);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username, String address) {
        Instant now = clock.instant();
        count(clientKey(address), now);
        count(accountKey(username, address), now);
    }

    /** A right password clears that client's count for the account, not its count across usernames. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM login_throttle WHERE key = :key").param("key", accountKey(username, address)).update();
    }

    /** Deletes counters whose window has ended; on one replica at a time, at most every 5 minutes. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    @SchedulerLock(name = "login-throttle-cleanup", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
    @Transactional
    public void deleteEnded() {
        jdbc.sql("DELETE FROM login_throttle WHERE window_start <= :expired")
                .param("expired", Timestamp.from(clock.instant().minus(props.loginLockout()))).update();
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        return jdbc.sql("SELECT window_start FROM login_throttle WHERE key = :key AND count >= :limit"
                + " AND window_start > :expired")
                .param("key", key).param("limit", limit)
                .param("expired", Timestamp.from(now.minus(props.loginLockout())))
                .query(Timestamp.class).optional()
                .map(start -> Duration.between(now, start.toInstant().plus(props.loginLockout())));
    }

    private void count(String key, Instant now) {
        jdbc.sql(UPSERT).param("key", key).param("now", Timestamp.from(now))
                .param("expired", Timestamp.from(now.minus(props.loginLockout()))).update();
    }

    private static String clientKey(String address) {
        return "client:" + address;
    }

    private static String accountKey(String username, String address) {
        return "account:" + username.toLowerCase(Locale.ROOT) + "|" + address;
    }
}
