package app.attendance.api.report;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Rates per class, subject, teacher or student, and the at-risk list. Class, subject and teacher
 * rates sum the per-session counts of the sessions in range. Student rates (and the at-risk cut, a
 * HAVING clause) sum the per-student-day counts when only a range and a class bound them, else
 * aggregate the records with FILTER counts.
 */
@Component
class RateReport {

    private static final String RATE = "(count(*) filter (where ar.status in (" + StatusSql.ATTENDED + ")))::float8"
            + " / nullif(count(*) filter (where ar.status in (" + StatusSql.COUNTED + ")), 0)";

    private final ReportJdbc jdbc;

    RateReport(ReportJdbc jdbc) {
        this.jdbc = jdbc;
    }

    RateBreakdown rates(RateBreakdown.Dimension by, ReportFilter filter, ReportScope scope) {
        SessionConditions where = new SessionConditions(filter, scope);
        String sql = by == RateBreakdown.Dimension.STUDENT && byDay(filter, scope)
                ? named(by, studentDays(filter, where, ""), "order by name, id")
                : grouped(by, where, "", "order by name, id");
        return new RateBreakdown(by, filter.from(), filter.to(), jdbc.list(sql, where.params(), ROW));
    }

    /**
     * Students whose rate is below {@code threshold} with at least {@code minCounted} counted
     * records, lowest rate first.
     */
    List<RateBreakdown.Row> atRisk(ReportFilter filter, ReportScope scope, double threshold, int minCounted) {
        SessionConditions where = new SessionConditions(filter, scope);
        MapSqlParameterSource params = where.params().addValue("threshold", threshold).addValue("minCounted",
                minCounted);
        String order = "order by " + RATE + ", name, id";
        if (byDay(filter, scope)) {
            return jdbc.list(named(RateBreakdown.Dimension.STUDENT, studentDays(filter, where, DAY_AT_RISK), order),
                    params, ROW);
        }
        String having = "having count(*) filter (where ar.status in (" + StatusSql.COUNTED + ")) >= :minCounted"
                + " and " + RATE + " < :threshold";
        return jdbc.list(grouped(RateBreakdown.Dimension.STUDENT, where, having, order), params, ROW);
    }

    /** The number of at-risk students, counted in the database. */
    long atRiskCount(ReportFilter filter, ReportScope scope, double threshold, int minCounted) {
        SessionConditions where = new SessionConditions(filter, scope);
        MapSqlParameterSource params = where.params().addValue("threshold", threshold).addValue("minCounted",
                minCounted);
        if (byDay(filter, scope)) {
            return jdbc.list("select count(*) from (" + studentDays(filter, where, DAY_AT_RISK) + ") risky", params,
                    (rs, n) -> rs.getLong(1)).getFirst();
        }
        String sql = """
                select count(*) from (
                    select ar.student_id from sessions s
                    join attendance_records ar on ar.session_id = s.id
                    where %s
                    group by ar.student_id
                    having count(*) filter (where ar.status in (%s)) >= :minCounted
                       and %s < :threshold) risky""".formatted(where.sql(), StatusSql.COUNTED, RATE);
        return jdbc.list(sql, params, (rs, n) -> rs.getLong(1)).getFirst();
    }

    /** Whether per-student figures can come from {@code student_day_counts}: no subject, teacher or scope bound. */
    private static boolean byDay(ReportFilter filter, ReportScope scope) {
        return scope.teacherId() == null && filter.subjectId() == null && filter.teacherId() == null;
    }

    private static final String DAY_AT_RISK = " and sum(d.present + d.late + d.absent) >= :minCounted"
            + " and (sum(d.present) + sum(d.late))::float8 / nullif(sum(d.present + d.late + d.absent), 0) < :threshold";

    /** Per-student counts summed from the per-day counts, with the same columns as the records query. */
    private static String studentDays(ReportFilter filter, SessionConditions where, String having) {
        String byClass = filter.classId() != null ? " and d.class_id = :classId" : "";
        return """
                select d.student_id as id, sum(d.present + d.late + d.absent + d.excused) as n_sessions,
                       sum(d.present) as n_present, sum(d.late) as n_late, sum(d.absent) as n_absent,
                       sum(d.excused) as n_excused
                from student_day_counts d
                where d.session_date between :from and :to%s
                group by d.student_id
                having sum(d.present + d.late + d.absent + d.excused) > 0%s""".formatted(byClass, having);
    }

    private static String named(RateBreakdown.Dimension by, String grouped, String order) {
        return """
                with grouped as (%s)
                select g.*, n.code, n.name, n.class_name
                from grouped g join (%s) n on n.id = g.id
                %s""".formatted(grouped, names(by),
                order.replace(RATE,
                        "(g.n_present + g.n_late)::float8 / nullif(g.n_present + g.n_late + g.n_absent, 0)"));
    }

    private static String names(RateBreakdown.Dimension by) {
        return switch (by) {
            case CLASS -> "select c.id, c.name as code, c.name, null as class_name from classes c";
            case SUBJECT -> "select x.id, x.code, x.name, null as class_name from subjects x";
            case TEACHER ->
                "select t.id, t.employee_code as code, t.full_name as name, null as class_name from teachers t";
            case STUDENT -> """
                    select st.id, st.student_code as code, st.full_name as name, c.name as class_name
                    from students st join classes c on c.id = st.class_id""";
        };
    }

    private static String grouped(RateBreakdown.Dimension by, SessionConditions where, String having, String order) {
        String grouped = by == RateBreakdown.Dimension.STUDENT
                ? """
                    select ar.student_id as id, count(*) as n_sessions,
                    %s
                    from sessions s
                    join attendance_records ar on ar.session_id = s.id
                    where %s
                    group by ar.student_id
                    %s""".formatted(Counts.SELECT, where.sql(), having)
                : """
                    select %s as id, count(*) as n_sessions,
                    %s
                    from sessions s
                    join session_counts sc on sc.session_id = s.id
                    where %s and sc.present + sc.late + sc.absent + sc.excused > 0
                    group by 1""".formatted(switch (by) {
                    case CLASS -> "s.class_id";
                    case SUBJECT -> "s.subject_id";
                    default -> "s.teacher_id";
                }, Counts.SUM_SELECT, where.sql());
        return named(by, grouped, order);
    }

    private static final RowMapper<RateBreakdown.Row> ROW = (rs, n) -> new RateBreakdown.Row(rs.getLong("id"),
            rs.getString("code"), rs.getString("name"), rs.getString("class_name"), rs.getLong("n_sessions"),
            Counts.read(rs));
}
