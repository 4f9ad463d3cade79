package app.attendance.api.attendance;

import java.time.Instant;

/** One student of a session's roster with their attendance (status null = not marked yet). */
public record RosterRow(long studentId, String studentCode, String fullName, AttendanceStatus status,
        Instant firstSeenAt, Source source, Double similarity, String note, boolean pending) {
}
