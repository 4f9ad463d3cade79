package app.attendance.api.attendance.recognition;

import app.attendance.api.attendance.Source;
import app.attendance.api.student.StudentDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code pending_matches} table: uncertain matches waiting for the teacher. */
@Repository
class PendingStore {

    /** A pending match as the teacher sees it. */
    record PendingView(long id, long studentId, String studentName, double similarity, String runnerUpName,
            Double runnerUpSimilarity, Instant seenAt, ReviewReason reason) {
    }

    /** An open pending match, locked for a decision. */
    record Open(long id, long sessionId, long studentId, double similarity, Instant seenAt, Source source,
            byte[] crop) {
    }

    /**
     * OPEN as an SQL literal: the conflict target names the partial index {@code uk_pending_open} by
     * its predicate, which a bind parameter cannot state.
     */
    private static final String OPEN_LITERAL = "'" + PendingStatus.OPEN.name() + "'";

    private final JdbcClient jdbc;
    private final StudentDirectory students;

    PendingStore(JdbcClient jdbc, StudentDirectory students) {
        this.jdbc = jdbc;
        this.students = students;
    }

    /**
     * Adds an open pending match unless the student has one already; returns the id of the
     * student's open pending match (the new one, or the one already there).
     */
    long add(long sessionId, long studentId, double similarity, Long runnerUp, Double runnerUpSimilarity,
            Instant seenAt, Source source, byte[] crop, ReviewReason reason) {
        jdbc.sql("""
                insert into pending_matches
                    (session_id, student_id, similarity, runner_up_student_id, runner_up_similarity, seen_at, source,
                     crop, reason)
                values (:session, :student, :similarity, :runnerUp, :runnerUpSimilarity, :seenAt, :source, :crop,
                        :reason)
                on conflict (session_id, student_id) where status = %s do nothing""".formatted(OPEN_LITERAL))
                .param("session", sessionId).param("student", studentId).param("similarity", similarity)
                .param("runnerUp", runnerUp).param("runnerUpSimilarity", runnerUpSimilarity)
                .param("seenAt", Timestamp.from(seenAt)).param("source", source.name()).param("crop", crop)
                .param("reason", reason == null ? null : reason.name())
                .update();
        return jdbc.sql("""
                select id from pending_matches where session_id = :session and student_id = :student
                and status = :open""")
                .param("session", sessionId).param("student", studentId).param("open", PendingStatus.OPEN.name()).query(
                        Long.class).single();
    }

    /** Open pending matches of a session. */
    int openCount(long sessionId) {
        return jdbc.sql("select count(*) from pending_matches where session_id = :s and status = :open")
                .param("s", sessionId).param("open", PendingStatus.OPEN.name()).query(Integer.class).single();
    }

    boolean rejected(long sessionId, long studentId) {
        return jdbc.sql("""
                select count(*) from pending_matches
                where session_id = :session and student_id = :student and status = :rejected""")
                .param("session", sessionId).param("student", studentId).param("rejected", PendingStatus.REJECTED
                        .name()).query(Long.class).single() > 0;
    }

    List<PendingView> open(long sessionId) {
        List<PendingRow> rows = jdbc.sql("""
                select id, student_id, similarity, runner_up_student_id, runner_up_similarity, seen_at, reason
                from pending_matches where session_id = :session and status = :open order by seen_at, id""")
                .param("session", sessionId).param("open", PendingStatus.OPEN.name())
                .query((rs, n) -> new PendingRow(rs.getLong(1), rs.getLong(2), rs.getDouble(3),
                        (Long) rs.getObject(4), (Double) rs.getObject(5), rs.getTimestamp(6).toInstant(),
                        rs.getString(7) == null ? null : ReviewReason.valueOf(rs.getString(7))))
                .list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.studentId());
            if (r.runnerUp() != null) {
                ids.add(r.runnerUp());
            }
        });
        Map<Long, String> names = students.names(ids);
        return rows.stream().filter(r -> names.containsKey(r.studentId()))
                .map(r -> new PendingView(r.id(), r.studentId(), names.get(r.studentId()), r.similarity(),
                        r.runnerUp() == null ? null : names.get(r.runnerUp()), r.runnerUpSimilarity(), r.seenAt(),
                        r.reason()))
                .toList();
    }

    /** A pending match's own columns, before the names are looked up. */
    private record PendingRow(long id, long studentId, double similarity, Long runnerUp, Double runnerUpSimilarity,
            Instant seenAt, ReviewReason reason) {
    }

    Optional<Open> lockOpen(long sessionId, long pendingId) {
        return jdbc.sql("""
                select id, session_id, student_id, similarity, seen_at, source, crop from pending_matches
                where id = :id and session_id = :session and status = :open for update""")
                .param("id", pendingId).param("session", sessionId).param("open", PendingStatus.OPEN.name())
                .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4),
                        rs.getTimestamp(5).toInstant(), Source.valueOf(rs.getString(6)), rs.getBytes(7)))
                .optional();
    }

    void decide(long pendingId, PendingStatus status, String actor, Instant now) {
        jdbc.sql("""
                update pending_matches set status = :status, decided_by = :actor, decided_at = :now, crop = null
                where id = :id""")
                .param("status", status.name()).param("actor", actor).param("now", Timestamp.from(now)).param("id",
                        pendingId)
                .update();
    }

    /** Deletes pending matches seen before the cut-off (decided or not); returns how many. */
    int deleteSeenBefore(Instant cutoff) {
        return jdbc.sql("delete from pending_matches where seen_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    /** Whether the student has pending matches (in any state). */
    boolean existsOfStudent(long studentId) {
        return jdbc.sql("select exists (select 1 from pending_matches where student_id = :id)")
                .param("id", studentId).query(Boolean.class).single();
    }

    /** Deletes the student's pending matches (in any state). */
    void deleteOfStudent(long studentId) {
        jdbc.sql("delete from pending_matches where student_id = :id").param("id", studentId).update();
    }
}
