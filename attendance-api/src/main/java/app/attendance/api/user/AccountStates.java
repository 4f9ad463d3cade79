package app.attendance.api.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current state of accounts, read on every authenticated request and cached for at most
 * {@link #TTL}. Changes made in this process {@linkplain #invalidate(long) invalidate} the entry at
 * once and again when their transaction ends; a read that overlapped an invalidation is not cached,
 * so a request running in between cannot put the old state back. Changes made by another process
 * (or by SQL outside these paths) are seen after at most {@link #TTL}.
 */
@Component
public class AccountStates {

    /** How long a state read from the database is trusted. */
    static final Duration TTL = Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentMap<Long, Entry> cache = new ConcurrentHashMap<>();
    /** Moves on with every invalidation; a read that overlapped one is used but not cached. */
    private final AtomicLong invalidations = new AtomicLong();

    AccountStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The account's state; empty when the account does not exist (any more). */
    public Optional<AccountState> current(long userId) {
        Instant now = clock.instant();
        Entry cached = cache.get(userId);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.state();
        }
        long before = invalidations.get();
        Optional<AccountState> state = jdbc.sql("select enabled, token_version from users where id = :id")
                .param("id", userId)
                .query((rs, n) -> new AccountState(rs.getBoolean(1), rs.getInt(2))).optional();
        if (cache.size() > 10_000) {
            cache.clear(); // bounded: a burst of distinct users only costs extra reads
        }
        Entry entry = new Entry(state, now.plus(TTL));
        cache.put(userId, entry);
        if (invalidations.get() != before) {
            cache.remove(userId, entry); // an invalidation overlapped the read: the state may be old
        }
        return state;
    }

    /** Forgets the cached state now and when the current transaction (if any) completes. */
    public void invalidate(long userId) {
        forget(userId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(userId);
                }
            });
        }
    }

    private void forget(long userId) {
        invalidations.incrementAndGet();
        cache.remove(userId);
    }

    private record Entry(Optional<AccountState> state, Instant expires) {
    }
}
