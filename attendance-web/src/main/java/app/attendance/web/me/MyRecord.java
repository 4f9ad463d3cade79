package app.attendance.web.me;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One of the student's attendance records (the fields the page shows; others are ignored). */
public record MyRecord(Long id, Long sessionId, LocalDate date, LocalTime startTime, String subjectName,
        String className,
        String status, Instant firstSeenAt, String source, String note) {

    public String statusKey() {
        return status == null ? "NONE" : status;
    }
}
