package app.attendance.api.attendance;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person sets a student's status in a session. Manual changes always win (camera marks never
 * overwrite them) and every change is audited with the old and new status and the note as reason.
 */
@Service
public class ManualMarking {

    private final JdbcClient jdbc;
    private final Rosters rosters;
    private final AuditLog audit;
    private final Clock clock;

    ManualMarking(JdbcClient jdbc, Rosters rosters, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rosters = rosters;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sets the status; 404 when the student is not on the session's roster. */
    @Transactional
    public RosterRow set(long sessionId, long studentId, AttendanceStatus status, String note) {
        // The session row first, as every writer of its records does (see AttendanceMarking#lockSession).
        jdbc.sql("select id from sessions where id = :id for no key update").param("id", sessionId)
                .query(Long.class).optional();
        RosterRow before = rosters.row(sessionId, studentId).orElseThrow(() -> ApiException.notFound(
                "student on the roster of session " + sessionId, studentId));
        String actor = AuditLog.currentActor();
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        jdbc.sql("""
                insert into attendance_records (session_id, student_id, status, source, note, changed_by, changed_at)
                values (:sessionId, :studentId, :status, :manual, :note, :actor, :now)
                on conflict (session_id, student_id) do update
                  set status = excluded.status, source = excluded.source, note = excluded.note,
                      changed_by = excluded.changed_by, changed_at = excluded.changed_at, auto_absent = false""")
                .param("sessionId", sessionId).param("studentId", studentId).param("status", status.name())
                .param("manual", Source.MANUAL.name()).param("note", cleanNote).param("actor", actor).param("now",
                        Timestamp.from(clock.instant()))
                .update();
        Long recordId = jdbc.sql("select id from attendance_records where session_id = :s and student_id = :st")
                .param("s", sessionId).param("st", studentId).query(Long.class).single();
        audit.recordAs(actor, "MARK_MANUAL", "attendance", recordId,
                before.status() == null ? null : before.status() + " (" + before.source() + ")",
                status + " session=" + sessionId + " student=" + studentId, cleanNote);
        return rosters.row(sessionId, studentId).orElseThrow();
    }
}
