package app.attendance.api.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** An attendance record on the wire, with the session and student it belongs to. */
record AttendanceView(long id, long sessionId, LocalDate date, LocalTime startTime, long classId, String className,
        String subjectName, long studentId, String studentCode, String studentName, AttendanceStatus status,
        Instant firstSeenAt, Source source, Double similarity, String note, String changedBy, Instant changedAt) {

    static AttendanceView of(AttendanceRecord r) {
        var s = r.getSession();
        var st = r.getStudent();
        return new AttendanceView(r.getId(), s.getId(), s.getDate(), s.getStartTime(), s.getSchoolClass().getId(),
                s.getSchoolClass().getName(), s.getSubject().getName(), st.getId(), st.getStudentCode(),
                st.getFullName(), r.getStatus(), r.getFirstSeenAt(), r.getSource(), r.getSimilarity(), r.getNote(),
                r.getChangedBy(), r.getChangedAt());
    }
}
