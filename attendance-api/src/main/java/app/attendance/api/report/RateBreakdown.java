package app.attendance.api.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Attendance rates grouped by class, subject, teacher or student.
 *
 * @param by the grouping
 * @param from first day
 * @param to last day
 * @param rows one row per group that had sessions in the range, sorted by name
 */
public record RateBreakdown(Dimension by, LocalDate from, LocalDate to, List<Row> rows) {

    /** What the rates are grouped by. */
    public enum Dimension {
        CLASS, SUBJECT, TEACHER, STUDENT
    }

    /**
     * One group.
     *
     * @param id id of the class, subject, teacher or student
     * @param code its code (subject code, employee code, student code; the class name for classes)
     * @param name its name
     * @param className the student's class (STUDENT only)
     * @param sessions sessions with at least one record for the group
     * @param counts the group's counts and rate
     */
    public record Row(long id, String code, String name, String className, long sessions, Counts counts) {
    }
}
