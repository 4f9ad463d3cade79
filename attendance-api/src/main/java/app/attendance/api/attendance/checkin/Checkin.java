package app.attendance.api.attendance.checkin;

import app.attendance.api.attendance.AttendanceMarking;
import app.attendance.api.attendance.ClassSessionRepository;
import app.attendance.api.attendance.MarkResult;
import app.attendance.api.attendance.SessionStatus;
import app.attendance.api.attendance.Source;
import app.attendance.api.student.StudentDirectory;
import app.attendance.api.student.StudentDirectory.Standing;
import app.attendance.api.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two sides of a QR check-in. The teacher's side hands out the current code of an OPEN session;
 * the student's side checks the code (signature, freshness), that the student is active (a
 * deactivated student is on no roster), that the session is the student's own (their class), that
 * the student may check in this way (no biometric consent, or {@code attendance.checkin.everyone})
 * and that the session is OPEN, then marks the student through
 * {@link AttendanceMarking} with source QR: one record at most, audited as {@code MARK_QR}.
 */
@Service
public class Checkin {

    private final CheckinCodes codes;
    private final CheckinProperties props;
    private final AttendanceMarking marking;
    private final ClassSessionRepository sessions;
    private final StudentDirectory students;
    private final Clock clock;

    Checkin(CheckinCodes codes, CheckinProperties props, AttendanceMarking marking,
            ClassSessionRepository sessions, StudentDirectory students, Clock clock) {
        this.codes = codes;
        this.props = props;
        this.marking = marking;
        this.sessions = sessions;
        this.students = students;
        this.clock = clock;
    }

    /** The code to show now for an OPEN session; 409 {@code session-not-open} otherwise. */
    @Transactional(readOnly = true)
    public CheckinCode currentCode(long sessionId) {
        requireOpen(session(sessionId));
        return codes.issue(sessionId, clock.instant());
    }

    /** Checks a student in with a scanned code; see the type's description for the rules. */
    @Transactional
    public CheckinResult checkIn(long studentId, String code) {
        Instant now = clock.instant();
        long sessionId = codes.verify(code, now);
        SessionRow session = session(sessionId);
        Standing student = students.standing(studentId)
                .orElseThrow(() -> ApiException.notFound("student", studentId));
        if (!student.active()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "student-inactive",
                    "You are no longer on a class roster, so you cannot check in; ask the school office");
        }
        if (student.classId() == null || student.classId() != session.classId()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "not-your-session",
                    "This code belongs to a lesson of another class");
        }
        if (student.consent() && !props.everyone()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "checkin-not-allowed",
                    "QR check-in is for students who have not agreed to face recognition; the camera marks you");
        }
        requireOpen(session);
        MarkResult result = marking.markSeen(sessionId, studentId, now, null, Source.QR);
        return switch (result.outcome()) {
            case NEW_PRESENT, NEW_LATE ->
                new CheckinResult(sessionId, session.subjectName(), session.className(), result.status(), now);
            case ALREADY_MARKED, MANUAL_KEPT -> throw new ApiException(HttpStatus.CONFLICT, "already-checked-in",
                    "You are already marked " + result.status() + " in this lesson").with("status", result.status());
            case SESSION_NOT_OPEN -> throw notOpen();
            case OUTSIDE_WINDOW -> throw new ApiException(HttpStatus.CONFLICT, "outside-window",
                    "This lesson is not taking attendance at this time");
            case NOT_ON_ROSTER -> throw new ApiException(HttpStatus.FORBIDDEN, "not-your-session",
                    "This code belongs to a lesson of another class");
        };
    }

    private SessionRow session(long sessionId) {
        return sessions.findDetailed(sessionId)
                .map(s -> new SessionRow(s.getStatus().name(), s.getSchoolClass().getId(), s.getSubject().getName(),
                        s.getSchoolClass().getName()))
                .orElseThrow(() -> ApiException.notFound("session", sessionId));
    }

    private static void requireOpen(SessionRow session) {
        if (!SessionStatus.OPEN.name().equals(session.status())) {
            throw notOpen();
        }
    }

    private static ApiException notOpen() {
        return new ApiException(HttpStatus.CONFLICT, "session-not-open", "This lesson is not taking attendance now");
    }

    /** The session columns a check-in needs. */
    private record SessionRow(String status, long classId, String subjectName, String className) {
    }
}
