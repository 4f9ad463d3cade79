package app.attendance.api.attendance;

import app.attendance.api.attendance.MarkResult.Outcome;
import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import app.attendance.api.student.StudentDirectory;
import app.attendance.api.system.SchoolProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the attendance rules to a sighting of a student by a camera or device, or to a student's
 * own QR check-in. Race-safe: the
 * record is inserted with {@code ON CONFLICT DO NOTHING} against the unique (session, student)
 * constraint, so concurrent sightings produce one row. Every writer of a session's records takes
 * the session row's lock first ({@link #lockSession}), before any record or the
 * {@code session_counts} row its triggers update: one lock order, so concurrent frames, manual marks
 * and a close queue instead of deadlocking (a close also waits for in-flight marks). New marks are
 * audited.
 */
@Service
public class AttendanceMarking {

    private final JdbcClient jdbc;
    private final MarkingProperties rules;
    private final SchoolProperties school;
    private final AuditLog audit;
    private final Clock clock;
    private final MeterRegistry meters;
    private final StudentDirectory students;

    AttendanceMarking(JdbcClient jdbc, MarkingProperties rules, SchoolProperties school, AuditLog audit,
            Clock clock, MeterRegistry meters, StudentDirectory students) {
        this.students = students;
        this.jdbc = jdbc;
        this.rules = rules;
        this.school = school;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Locks the session row for the rest of the caller's transaction (404 when there is none). Call
     * it before writing any attendance record of the session, so that writers queue on this one
     * row rather than on records and {@code session_counts} taken in different orders.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockSession(long sessionId) {
        jdbc.sql("select id from sessions where id = :id for no key update").param("id", sessionId)
                .query(Long.class).optional().orElseThrow(() -> ApiException.notFound("session", sessionId));
    }

    /**
     * Marks a student seen in a session at {@code seenAt} with the given face similarity (null when
     * no face was compared, e.g. a QR check-in).
     *
     * @throws ApiException 404 when the session does not exist
     * @throws IllegalArgumentException when {@code source} is MANUAL (use the manual change instead)
     */
    @Transactional
    public MarkResult markSeen(long sessionId, long studentId, Instant seenAt, Double similarity, Source source) {
        MarkResult result = mark(sessionId, studentId, seenAt, similarity, source);
        meters.counter("attendance.marks", "source", source.name(), "outcome", result.outcome().name()).increment();
        return result;
    }

    private MarkResult mark(long sessionId, long studentId, Instant seenAt, Double similarity, Source source) {
        if (source == Source.MANUAL) {
            throw new IllegalArgumentException("markSeen is for sightings and check-ins, not manual changes");
        }
        SessionRow session = jdbc.sql("""
                select status, session_date, start_time, end_time, class_id
                from sessions where id = :id for no key update""")
                .param("id", sessionId)
                .query((rs, n) -> new SessionRow(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), rs.getLong(5)))
                .optional().orElseThrow(() -> ApiException.notFound("session", sessionId));
        if (!SessionStatus.OPEN.name().equals(session.status())) {
            return new MarkResult(Outcome.SESSION_NOT_OPEN, null, null);
        }
        Instant start = session.date().atTime(session.start()).atZone(school.zone()).toInstant();
        Instant end = session.date().atTime(session.end()).atZone(school.zone()).toInstant();
        if (seenAt.isBefore(start.minus(rules.earlyWindow())) || seenAt.isAfter(end)) {
            return new MarkResult(Outcome.OUTSIDE_WINDOW, null, null);
        }
        if (students.onRoster(session.classId(), studentId).isEmpty()) {
            return new MarkResult(Outcome.NOT_ON_ROSTER, null, null);
        }
        AttendanceStatus status = seenAt.isAfter(start.plus(rules.grace()))
                ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        String actor = AuditLog.currentActor();
        List<Long> inserted = jdbc.sql("""
                insert into attendance_records
                    (session_id, student_id, status, first_seen_at, source, similarity, changed_by, changed_at)
                values (:sessionId, :studentId, :status, :seenAt, :source, :similarity, :actor, :now)
                on conflict (session_id, student_id) do nothing
                returning id""")
                .param("sessionId", sessionId).param("studentId", studentId).param("status", status.name())
                .param("seenAt", Timestamp.from(seenAt)).param("source", source.name())
                .param("similarity", similarity).param("actor", actor)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).list();
        if (!inserted.isEmpty()) {
            long id = inserted.getFirst();
            audit.recordAs(actor, "MARK_" + source.name(), "attendance", id, null,
                    status + " session=" + sessionId + " student=" + studentId + (similarity == null ? ""
                            : " similarity=" + String.format(java.util.Locale.ROOT, "%.3f", similarity)), null);
            return new MarkResult(status == AttendanceStatus.PRESENT ? Outcome.NEW_PRESENT : Outcome.NEW_LATE,
                    status, id);
        }
        return jdbc.sql("""
                select id, status, source from attendance_records
                where session_id = :sessionId and student_id = :studentId""")
                .param("sessionId", sessionId).param("studentId", studentId)
                .query((rs, n) -> new MarkResult(
                        Source.valueOf(rs.getString(3)) == Source.MANUAL ? Outcome.MANUAL_KEPT : Outcome.ALREADY_MARKED,
                        AttendanceStatus.valueOf(rs.getString(2)), rs.getLong(1)))
                .single();
    }

    /** The session columns the rules need. */
    private record SessionRow(String status, LocalDate date, LocalTime start, LocalTime end, long classId) {
    }
}
