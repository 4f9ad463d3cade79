package app.attendance.api.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One attendance record with its session and student, as listed by a student's history and the
 * records report.
 *
 * @param recordId record id
 * @param sessionId session id
 * @param date session date
 * @param startTime session start
 * @param className class name
 * @param subjectName subject name
 * @param teacherName teacher name
 * @param studentId student id
 * @param studentCode student code
 * @param studentName student name
 * @param status PRESENT, LATE, ABSENT or EXCUSED
 * @param firstSeenAt first sighting, or null
 * @param source CAMERA, DEVICE or MANUAL
 * @param note note, or null
 */
public record RecordRow(long recordId, long sessionId, LocalDate date, LocalTime startTime, String className,
        String subjectName, String teacherName, long studentId, String studentCode, String studentName,
        String status, Instant firstSeenAt, String source, String note) {
}
