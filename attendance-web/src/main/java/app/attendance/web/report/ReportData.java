package app.attendance.web.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The report answers of attendance-api ({@code /api/reports}) as this app reads them; each record
 * holds only the fields the pages show.
 */
final class ReportData {

    private ReportData() {
    }

    /** Counts and rate (fraction, null when nothing counts). */
    record Counts(long present, long late, long absent, long excused, long counted, Double rate) {

        /** The rate as a percentage with one decimal, or null. */
        public String percent() {
            return rate == null ? null : String.format(java.util.Locale.ROOT, "%.1f", Math.round(rate * 1000) / 10.0);
        }
    }

    /** Attendance per day, week or month. */
    record Summary(String period, LocalDate from, LocalDate to, Counts totals, List<SummaryRow> rows) {
    }

    /** One period. */
    record SummaryRow(LocalDate start, long sessions, Counts counts) {
    }

    /** Rates per class, subject, teacher or student. */
    record Rates(String by, LocalDate from, LocalDate to, List<RateRow> rows) {
    }

    /** One group of a rate breakdown. */
    record RateRow(long id, String code, String name, String className, long sessions, Counts counts) {
    }

    /** Students below the at-risk rate. */
    record AtRisk(double threshold, int minCounted, LocalDate from, LocalDate to, List<RateRow> rows) {
    }

    /** A class over a range: students × sessions. */
    record Matrix(long classId, String className, LocalDate from, LocalDate to, List<MatrixColumn> sessions,
            List<MatrixRow> students) {
    }

    /** One session column. */
    record MatrixColumn(long id, LocalDate date, LocalTime startTime, String subjectCode, String status) {
    }

    /** One student row. */
    record MatrixRow(long studentId, String studentCode, String fullName, List<String> cells, Counts counts) {
    }

    /** A session's attendance sheet. */
    record Sheet(SheetHeader session, Counts counts, long unmarked, List<SheetRow> rows) {
    }

    /** The session of a sheet. */
    record SheetHeader(long id, long classId, String className, String subjectName, String teacherName,
            String roomName, LocalDate date, LocalTime startTime, LocalTime endTime, String status) {
    }

    /** One student of a sheet. */
    record SheetRow(long studentId, String studentCode, String fullName, String status, Instant firstSeenAt,
            String source, Double similarity, String note) {
    }

    /** A student's history. */
    record History(long studentId, String studentCode, String fullName, String className, LocalDate from,
            LocalDate to, Counts counts, List<HistoryRow> rows) {
    }

    /** One record of a history. */
    record HistoryRow(long sessionId, LocalDate date, LocalTime startTime, String className, String subjectName,
            String teacherName, String status, Instant firstSeenAt, String source, String note) {
    }

    /** A class, subject or teacher for the filter drop-downs. */
    record Option(long id, String label) {
    }
}
