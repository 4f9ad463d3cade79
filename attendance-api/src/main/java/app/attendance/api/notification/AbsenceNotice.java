package app.attendance.api.notification;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A claimed ABSENT notification: who to write to and what about.
 *
 * @param logId notification log row
 * @param recipient guardian's e-mail address
 * @param guardianName guardian's name, or null
 * @param studentName student's name
 * @param className class name
 * @param subjectName subject of the session
 * @param date session date
 * @param startTime session start
 */
record AbsenceNotice(long logId, String recipient, String guardianName, String studentName, String className,
        String subjectName, LocalDate date, LocalTime startTime) {
}
