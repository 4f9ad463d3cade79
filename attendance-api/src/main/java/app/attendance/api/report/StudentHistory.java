package app.attendance.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A student's attendance records over a range, newest first, with counts and rate.
 *
 * @param studentId student id
 * @param studentCode student code
 * @param fullName full name
 * @param className current class
 * @param from first day
 * @param to last day
 * @param counts counts over the range (all statuses, whatever the status filter)
 * @param rows the records (narrowed by the status filter)
 */
public record StudentHistory(long studentId, String studentCode, String fullName, String className,
        LocalDate from, LocalDate to, Counts counts, List<RecordRow> rows) {
}
