package app.attendance.api.attendance.checkin;

import app.attendance.api.attendance.AttendanceStatus;
import java.time.Instant;

/** A successful check-in: the session, its subject and class, the status given and when. */
public record CheckinResult(long sessionId, String subjectName, String className, AttendanceStatus status,
        Instant markedAt) {
}
