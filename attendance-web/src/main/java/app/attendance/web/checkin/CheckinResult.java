package app.attendance.web.checkin;

import java.time.Instant;

/** A successful check-in ({@code POST /api/me/checkin}): the lesson and the status given. */
public record CheckinResult(long sessionId, String subjectName, String className, String status,
        Instant markedAt) {
}
