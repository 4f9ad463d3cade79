package app.attendance.api.attendance.recognition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code attendance_evidence} table: the face crop of each camera or device mark. */
@Repository
class EvidenceStore {

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long recordId, long sessionId, byte[] jpeg, Instant now) {
        if (jpeg == null) {
            return;
        }
        jdbc.sql("""
                insert into attendance_evidence (record_id, session_id, image, created_at)
                values (:record, :session, :image, :now) on conflict (record_id) do nothing""")
                .param("record", recordId).param("session", sessionId).param("image", jpeg)
                .param("now", Timestamp.from(now)).update();
    }

    Optional<byte[]> find(long sessionId, long recordId) {
        return jdbc.sql("select image from attendance_evidence where record_id = :record and session_id = :session")
                .param("record", recordId).param("session", sessionId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("delete from attendance_evidence where created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    /** Whether any mark of the student keeps a crop. */
    boolean existsOfStudent(long studentId) {
        return jdbc.sql("""
                select exists (select 1 from attendance_evidence e join attendance_records r on r.id = e.record_id
                               where r.student_id = :id)""")
                .param("id", studentId).query(Boolean.class).single();
    }

    /** Deletes the crops of the student's marks. */
    void deleteOfStudent(long studentId) {
        jdbc.sql("""
                delete from attendance_evidence
                where record_id in (select id from attendance_records where student_id = :id)""")
                .param("id", studentId).update();
    }
}
