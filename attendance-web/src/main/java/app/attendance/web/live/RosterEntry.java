package app.attendance.web.live;

import java.time.Instant;

/** One student of a session's roster ({@code GET /api/sessions/{id}/roster}); {@code status} null = unmarked. */
public record RosterEntry(Long studentId, String studentCode, String fullName, String status, Instant firstSeenAt,
        String source, Double similarity, String note, boolean pending) {

    /** CSS/message suffix of the status: PRESENT, LATE, ABSENT, EXCUSED or NONE. */
    public String statusKey() {
        return status == null ? "NONE" : status;
    }
}
