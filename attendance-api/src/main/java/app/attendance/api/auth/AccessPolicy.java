package app.attendance.api.auth;

import app.attendance.api.system.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Row-level rules on top of the route roles: ADMIN may do everything; a TEACHER only touches the
 * classes they are homeroom teacher of or teach in a timetable slot, and the sessions they teach or
 * that belong to such a class; a STUDENT only reads their own record. Throws 403/404 ProblemDetails.
 */
@Component
public class AccessPolicy {

    private final JdbcClient jdbc;

    AccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The teacher id whose classes bound a listing, or null when the caller is not restricted (admin). */
    public Long teacherScope() {
        CurrentUser me = CurrentUser.get();
        if (me.isAdmin()) {
            return null;
        }
        if (me.isTeacher() && me.teacherId() != null) {
            return me.teacherId();
        }
        throw ApiException.forbidden("You may not list these records");
    }

    /** Whether the teacher is homeroom teacher of the class or teaches it in some slot. */
    public boolean teacherHasClass(long teacherId, long classId) {
        return jdbc.sql("""
                select exists (select 1 from classes where id = :c and homeroom_teacher_id = :t)
                    or exists (select 1 from timetable_slots where class_id = :c and teacher_id = :t)""")
                .param("c", classId).param("t", teacherId).query(Boolean.class).single();
    }

    /** The classes a teacher is homeroom teacher of or teaches in some slot. */
    public java.util.Set<Long> teacherClassIds(long teacherId) {
        return new java.util.HashSet<>(jdbc.sql("""
                select id from classes where homeroom_teacher_id = :t
                union select class_id from timetable_slots where teacher_id = :t""")
                .param("t", teacherId).query(Long.class).list());
    }

    /** Requires access to a class (admin, or a teacher of it). */
    public void requireClass(long classId) {
        CurrentUser me = CurrentUser.get();
        if (me.isAdmin()) {
            return;
        }
        if (me.isTeacher() && me.teacherId() != null && teacherHasClass(me.teacherId(), classId)) {
            return;
        }
        throw ApiException.forbidden("This class is not one of yours");
    }

    /** Requires access to a session (admin, its teacher, or a teacher of its class); 404 when missing. */
    public void requireSession(long sessionId) {
        /** Who teaches the session and which class it belongs to. */
        record Row(long teacherId, long classId) {
        }
        Row row = jdbc.sql("select teacher_id, class_id from sessions where id = :id").param("id", sessionId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2))).optional()
                .orElseThrow(() -> ApiException.notFound("session", sessionId));
        CurrentUser me = CurrentUser.get();
        if (me.isAdmin()) {
            return;
        }
        if (me.isTeacher() && me.teacherId() != null
                && (me.teacherId() == row.teacherId() || teacherHasClass(me.teacherId(), row.classId()))) {
            return;
        }
        throw ApiException.forbidden("This session is not one of yours");
    }

    /** Requires read access to a student (admin, a teacher of the student's class, or the student); 404 when missing. */
    public void requireStudentRead(long studentId) {
        Long classId = jdbc.sql("select class_id from students where id = :id").param("id", studentId)
                .query(Long.class).optional()
                .orElseThrow(() -> ApiException.notFound("student", studentId));
        CurrentUser me = CurrentUser.get();
        if (me.isAdmin() || (me.isStudent() && Long.valueOf(studentId).equals(me.studentId()))) {
            return;
        }
        if (me.isTeacher() && me.teacherId() != null && teacherHasClass(me.teacherId(), classId)) {
            return;
        }
        throw ApiException.forbidden("This student is not one of yours");
    }
}
