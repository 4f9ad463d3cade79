package app.attendance.api.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A class over a date range: students down, sessions across, one status letter per cell
 * ({@code P} present, {@code L} late, {@code A} absent, {@code E} excused, null when no record),
 * with each student's counts and rate.
 *
 * @param classId class id
 * @param className class name
 * @param from first day
 * @param to last day
 * @param sessions the columns, in time order
 * @param students the rows, by name
 */
public record ClassMatrix(long classId, String className, LocalDate from, LocalDate to, List<Column> sessions,
        List<Row> students) {

    /**
     * One session (column).
     *
     * @param id session id
     * @param date date
     * @param startTime start
     * @param subjectCode subject code
     * @param status SCHEDULED, OPEN or CLOSED
     */
    public record Column(long id, LocalDate date, LocalTime startTime, String subjectCode, String status) {
    }

    /**
     * One student (row).
     *
     * @param studentId student id
     * @param studentCode student code
     * @param fullName full name
     * @param cells one status letter (or null) per session column, in column order
     * @param counts the student's counts over these sessions
     */
    public record Row(long studentId, String studentCode, String fullName, List<String> cells, Counts counts) {
    }
}
