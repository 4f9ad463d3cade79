package app.attendance.web.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the report pages, bound from the query string and passed on to the API as is.
 *
 * @param from first day (default: the API's, the last 30 days)
 * @param to last day
 * @param classId class filter
 * @param subjectId subject filter
 * @param teacherId teacher filter
 * @param status status filter (history, sheet)
 * @param period DAY, WEEK or MONTH (trend)
 * @param by CLASS, SUBJECT, TEACHER or STUDENT (rates)
 */
record ReportQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long classId, Long subjectId, Long teacherId,
        String status, String period, String by) {

    /** The non-empty filters as query parameters. */
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        put(p, "from", from);
        put(p, "to", to);
        put(p, "classId", classId);
        put(p, "subjectId", subjectId);
        put(p, "teacherId", teacherId);
        put(p, "status", status);
        put(p, "period", period);
        put(p, "by", by);
        return p;
    }

    /** The same filters with another grouping. */
    public ReportQuery groupedBy(String dimension) {
        return new ReportQuery(from, to, classId, subjectId, teacherId, status, period, dimension);
    }

    private static void put(Map<String, Object> p, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            p.put(name, value);
        }
    }
}
