package app.attendance.api.report;

import app.attendance.api.attendance.AttendanceStatus;
import app.attendance.api.system.ApiException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The filters every report accepts: class, subject, teacher, an inclusive date range and a
 * status. {@code status} narrows row reports (session sheet, student history); aggregates
 * always count every status so that their rates stay meaningful.
 *
 * @param classId only sessions of this class
 * @param subjectId only sessions of this subject
 * @param teacherId only sessions taught by this teacher
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param status only records with this status (row reports)
 */
public record ReportFilter(Long classId, Long subjectId, Long teacherId,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
        AttendanceStatus status) {

    /** The same filters without a status: aggregates count every status. */
    public ReportFilter withoutStatus() {
        return new ReportFilter(classId, subjectId, teacherId, from, to, null);
    }

    /** The filters of one class's matrix: the class from the path, no status. */
    public ReportFilter forClass(long id) {
        return new ReportFilter(id, subjectId, teacherId, from, to, null);
    }

    /** The filters of a student's history: subject, range and status only. */
    public ReportFilter forStudentHistory() {
        return new ReportFilter(null, subjectId, null, from, to, status);
    }

    /** Fills a missing range with the {@code defaultDays} ending {@code today} and checks it. */
    public ReportFilter resolve(LocalDate today, int defaultDays, int maxDays) {
        LocalDate end = to != null ? to : (from != null ? from.plusDays(defaultDays - 1L) : today);
        LocalDate start = from != null ? from : end.minusDays(defaultDays - 1L);
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
            throw ApiException.invalid("to", "the range may span at most " + maxDays + " days");
        }
        return new ReportFilter(classId, subjectId, teacherId, start, end, status);
    }

    public ReportFilter withClass(long id) {
        return new ReportFilter(id, subjectId, teacherId, from, to, status);
    }
}
