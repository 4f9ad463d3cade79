package app.attendance.api.notification;

import app.attendance.api.report.Counts;
import java.time.LocalDate;

/**
 * A claimed at-risk notification to a student's homeroom teacher.
 *
 * @param logId notification log row
 * @param recipient teacher's e-mail address
 * @param teacherName teacher's name
 * @param studentName student's name
 * @param className class name
 * @param counts the student's counts and rate over the window
 * @param threshold the at-risk rate (fraction)
 * @param from first day of the window
 * @param to last day of the window
 */
record AtRiskNotice(long logId, String recipient, String teacherName, String studentName, String className,
        Counts counts, double threshold, LocalDate from, LocalDate to) {
}
