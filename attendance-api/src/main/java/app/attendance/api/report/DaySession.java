package app.attendance.api.report;

import java.time.LocalTime;

/**
 * A session of one day with its live counts.
 *
 * @param id session id
 * @param className class
 * @param subjectName subject
 * @param teacherName teacher
 * @param roomName room, or null
 * @param startTime start
 * @param endTime end
 * @param status SCHEDULED, OPEN or CLOSED
 * @param roster students in the class
 * @param unmarked roster students without a record yet
 * @param counts counts of the records so far
 */
public record DaySession(long id, String className, String subjectName, String teacherName, String roomName,
        LocalTime startTime, LocalTime endTime, String status, long roster, long unmarked, Counts counts) {
}
