package app.attendance.api.faceclient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The acknowledged index sequences in PostgreSQL (table {@code face_index_writes}, one row per
 * subject), shared by every API replica: an acknowledged change raises its subject's row at once
 * ({@code GREATEST}, in a transaction of its own, so a caller's rollback cannot lower what
 * face-service already holds), before the change is answered to the caller. A recognition reads
 * the highest among its roster (one primary-key lookup per frame), so a frame sent after an
 * enrolment was answered, to any replica, requires it. A database that cannot be read leaves the
 * sequences this process acknowledged itself in force: read-your-writes is then best effort,
 * never a reason to refuse a frame.
 */
@Component
class StoredIndexSequence implements IndexSequence {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Map<String, Long> acknowledgedHere = new ConcurrentHashMap<>();

    StoredIndexSequence(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void acknowledged(String subjectId, long sequence) {
        acknowledgedHere.merge(subjectId, sequence, Math::max);
        own.executeWithoutResult(s -> jdbc.sql("""
                insert into face_index_writes (subject_id, sequence) values (:id, :s)
                on conflict (subject_id) do update set sequence = greatest(face_index_writes.sequence, excluded.sequence)
                """).param("id", subjectId).param("s", sequence).update());
    }

    @Override
    public OptionalLong required(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return OptionalLong.empty();
        }
        long here = subjects.stream().map(acknowledgedHere::get).filter(s -> s != null)
                .mapToLong(Long::longValue).max().orElse(0);
        long stored = 0;
        try {
            stored = jdbc.sql("select coalesce(max(sequence), 0) from face_index_writes where subject_id in (:ids)")
                    .param("ids", List.copyOf(subjects)).query(Long.class).single();
        } catch (RuntimeException e) {
            // this process's own acknowledgements still hold; the next frame reads again
        }
        long value = Math.max(here, stored);
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
