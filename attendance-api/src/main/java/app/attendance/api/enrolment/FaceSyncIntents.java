package app.attendance.api.enrolment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code face_sync_intents} table: an intent to change a student's faces in face-service is
 * committed (in a transaction of its own) before face-service is called, and cleared once the
 * database agrees with face-service. An intent that stays behind (the API died mid-call,
 * face-service was unreachable) is replayed by {@link FaceSyncReconciler}; a fresh one tells the
 * reconciler that a change may be under way and that the student's faces are to be left alone.
 */
@Component
class FaceSyncIntents {

    /** What was about to happen in face-service. */
    enum Operation {
        ENROL, ERASE
    }

    /** One open intent. */
    record Intent(long id, long studentId, Operation operation, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate independent;

    FaceSyncIntents(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records and commits the intent at once, whatever transaction the caller is in; returns its id. */
    long open(long studentId, Operation operation) {
        Long id = independent.execute(status -> jdbc.sql(
                "insert into face_sync_intents (student_id, operation) values (:s, :op) returning id")
                .param("s", studentId).param("op", operation.name()).query(Long.class).single());
        return id == null ? 0 : id;
    }

    /** Clears an intent in the caller's transaction (committed together with the rows it announced). */
    void clear(long id) {
        jdbc.sql("delete from face_sync_intents where id = :id").param("id", id).update();
    }

    /** Clears intents at once, whatever transaction the caller is in. */
    void clearNow(List<Long> ids) {
        if (!ids.isEmpty()) {
            independent.executeWithoutResult(status -> jdbc.sql("delete from face_sync_intents where id in (:ids)")
                    .param("ids", ids).update());
        }
    }

    /** Intents older than {@code grace}, oldest first. */
    List<Intent> olderThan(Duration grace) {
        return jdbc.sql("""
                        select id, student_id, operation, created_at from face_sync_intents
                        where created_at < now() - make_interval(secs => :grace)
                        order by id""")
                .param("grace", (double) grace.toSeconds())
                .query((rs, n) -> new Intent(rs.getLong(1), rs.getLong(2), Operation.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Whether the student has an intent younger than {@code grace} (a change may be under way). */
    boolean recent(long studentId, Duration grace) {
        return jdbc.sql("""
                        select exists (select 1 from face_sync_intents where student_id = :s
                                       and created_at >= now() - make_interval(secs => :grace))""")
                .param("s", studentId).param("grace", (double) grace.toSeconds()).query(Boolean.class).single();
    }
}
