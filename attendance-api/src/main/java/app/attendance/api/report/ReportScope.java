package app.attendance.api.report;

/**
 * Which sessions the caller may aggregate over: everything (admin) or, for a teacher, the sessions
 * of the classes they are homeroom teacher of or teach in a timetable slot, plus the sessions they
 * teach themselves (the same rule as the API's access policy).
 *
 * @param teacherId the teacher whose classes bound the report, or null for no bound
 */
public record ReportScope(Long teacherId) {

    public static final ReportScope ALL = new ReportScope(null);

    public static ReportScope teacher(long teacherId) {
        return new ReportScope(teacherId);
    }
}
