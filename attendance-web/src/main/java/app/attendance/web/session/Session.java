package app.attendance.web.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One dated session as {@code GET /api/sessions} returns it. */
public record Session(Long id, Long slotId, Long classId, String className, Long subjectId, String subjectName,
        String subjectColor, Long teacherId, String teacherName, Long roomId, String roomName,
        LocalDate date, LocalTime startTime, LocalTime endTime, SessionStatus status, Instant openedAt,
        Instant closedAt, Counts counts) {

    public Session {
        counts = counts == null ? Counts.EMPTY : counts;
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public boolean isClosed() {
        return status == SessionStatus.CLOSED;
    }

    /** How many students are in each state. */
    public record Counts(int present, int late, int absent, int excused, int unmarked, int pending, int total) {
        static final Counts EMPTY = new Counts(0, 0, 0, 0, 0, 0, 0);
    }
}
