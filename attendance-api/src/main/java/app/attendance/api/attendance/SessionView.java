package app.attendance.api.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session on the wire, with attendance counts. */
public record SessionView(long id, Long slotId, long classId, String className, long subjectId, String subjectName,
        String subjectColor, long teacherId, String teacherName, Long roomId, String roomName, LocalDate date,
        LocalTime startTime, LocalTime endTime, SessionStatus status, Instant openedAt, Instant closedAt,
        Counts counts) {

    /** Attendance counts of a session; {@code unmarked} = total − marked. */
    public record Counts(long present, long late, long absent, long excused, long unmarked, long pending, long total) {
    }

    static SessionView of(ClassSession s, Counts counts) {
        return new SessionView(s.getId(), s.getSlot() == null ? null : s.getSlot().getId(),
                s.getSchoolClass().getId(), s.getSchoolClass().getName(), s.getSubject().getId(),
                s.getSubject().getName(), s.getSubject().getColor(), s.getTeacher().getId(),
                s.getTeacher().getFullName(), s.getRoom() == null ? null : s.getRoom().getId(),
                s.getRoom() == null ? null : s.getRoom().getName(), s.getDate(), s.getStartTime(), s.getEndTime(),
                s.getStatus(), s.getOpenedAt(), s.getClosedAt(), counts);
    }
}
