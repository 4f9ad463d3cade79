package app.attendance.api.faceclient;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The acknowledged index sequence in PostgreSQL (one-row table {@code face_index_sequence}), shared
 * by every API replica: an acknowledged change raises it at once ({@code GREATEST}, in a transaction
 * of its own, so a caller's rollback cannot lower what face-service already holds). Reads are cached
 * for at most {@link #CACHE} per process, so frames do not query it each time; a change
 * acknowledged to this process is in its cache at once. A database that cannot be read leaves the
 * cached value in force: read-your-writes is then best effort, never a reason to refuse a frame.
 */
@Component
class StoredIndexSequence implements IndexSequence {

    /** How long a read value is used before it is read again. */
    static final Duration CACHE = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;
    private long cached;
    private boolean read;
    private long readAt;

    StoredIndexSequence(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void acknowledged(long sequence) {
        synchronized (this) {
            cached = Math.max(cached, sequence);
        }
        own.executeWithoutResult(s -> jdbc.sql(
                "update face_index_sequence set sequence = greatest(sequence, :s) where id = 1")
                .param("s", sequence).update());
    }

    @Override
    public OptionalLong required() {
        long now = clock.millis();
        long value;
        synchronized (this) {
            value = cached;
            if (read && now - readAt < CACHE.toMillis()) {
                return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
            }
        }
        try {
            long stored = jdbc.sql("select sequence from face_index_sequence where id = 1").query(Long.class)
                    .optional().orElse(0L);
            synchronized (this) {
                cached = Math.max(cached, stored);
                readAt = now;
                read = true;
                value = cached;
            }
        } catch (RuntimeException e) {
            // keep the cached value; the next call reads again
        }
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
