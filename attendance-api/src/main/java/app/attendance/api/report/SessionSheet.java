package app.attendance.api.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The attendance sheet of one session: every student on the class roster (and anyone else with a
 * record in it), their status or none yet, and the session's counts.
 *
 * @param session what, when and who
 * @param counts the session's counts; {@code unmarked} roster students have no record
 * @param unmarked roster students without a record
 * @param rows one row per student, by name
 */
public record SessionSheet(Header session, Counts counts, long unmarked, List<Row> rows) {

    /**
     * The session.
     *
     * @param id session id
     * @param classId class id
     * @param className class name
     * @param subjectName subject name
     * @param teacherName teacher name
     * @param roomName room name, or null
     * @param date date
     * @param startTime start
     * @param endTime end
     * @param status SCHEDULED, OPEN or CLOSED
     */
    public record Header(long id, long classId, String className, String subjectName, String teacherName,
            String roomName, LocalDate date, LocalTime startTime, LocalTime endTime, String status) {
    }

    /**
     * One student.
     *
     * @param studentId student id
     * @param studentCode student code
     * @param fullName full name
     * @param status PRESENT, LATE, ABSENT, EXCUSED, or null when unmarked
     * @param firstSeenAt first sighting, or null
     * @param source CAMERA, DEVICE or MANUAL, or null
     * @param similarity face similarity of the sighting, or null
     * @param note note of a manual change, or null
     */
    public record Row(long studentId, String studentCode, String fullName, String status, Instant firstSeenAt,
            String source, Double similarity, String note) {
    }
}
