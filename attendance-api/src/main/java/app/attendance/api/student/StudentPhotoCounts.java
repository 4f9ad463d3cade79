package app.attendance.api.student;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The photo count and enrolment status of a student, kept by face enrolment: the student row is
 * locked while photos change, then its count is set.
 */
@Component
public class StudentPhotoCounts {

    private final JdbcClient jdbc;

    StudentPhotoCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the student row for the rest of the transaction; false when there is no such student. */
    public boolean lock(long studentId) {
        return jdbc.sql("select id from students where id = :id for update").param("id", studentId)
                .query(Long.class).optional().isPresent();
    }

    /** Whether the student's row counts any photo. */
    public boolean counted(long studentId) {
        return jdbc.sql("select exists (select 1 from students where id = :id and photo_count > 0)")
                .param("id", studentId).query(Boolean.class).single();
    }

    /** Sets the photo count; the student is ENROLLED with at least one photo, else NONE. */
    public void set(long studentId, int count) {
        EnrolmentStatus status = count > 0 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.NONE;
        jdbc.sql("update students set photo_count = :count, enrolment_status = :status where id = :id")
                .param("count", count).param("status", status.name()).param("id", studentId).update();
    }
}
