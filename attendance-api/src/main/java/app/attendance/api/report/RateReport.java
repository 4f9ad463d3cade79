package app.attendance.api.report;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Rates per class, subject, teacher or student, and the at-risk list. Class, subject and teacher
 * rates sum the per-session counts of the sessions in range; student rates (and the at-risk cut, a
 * HAVING clause) aggregate the records with FILTER counts, read index-only.
 */
@Component
class RateReport {

    private static final String RATE = "(count(*) filter (where ar.status in ('PRESENT', 'LATE')))::float8"
            + " / nullif(count(*) filter (where ar.status in ('PRESENT', 'LATE', 'ABSENT')), 0)";

    private final ReportJdbc jdbc;

    RateReport(ReportJdbc jdbc) {
        this.jdbc = jdbc;
    }

    RateBreakdown rates(RateBreakdown.Dimension by, ReportFilter filter, ReportScope scope) {
        SessionConditions where = new SessionConditions(filter, scope);
        String sql = grouped(by, where, "", "order by name, id");
        return new RateBreakdown(by, filter.from(), filter.to(), jdbc.list(sql, where.params(), ROW));
    }

    /**
     * Students whose rate is below {@code threshold} with at least {@code minCounted} counted
     * records, lowest rate first.
     */
    List<RateBreakdown.Row> atRisk(ReportFilter filter, ReportScope scope, double threshold, int minCounted) {
        SessionConditions where = new SessionConditions(filter, scope);
        MapSqlParameterSource params = where.params().addValue("threshold", threshold).addValue("minCounted", minCounted);
        String having = "having count(*) filter (where ar.status in ('PRESENT', 'LATE', 'ABSENT')) >= :minCounted"
                + " and " + RATE + " < :threshold";
        return jdbc.list(grouped(RateBreakdown.Dimension.STUDENT, where, having, "order by " + RATE + ", name, id"),
                params, ROW);
    }

    /** The number of at-risk students, counted in the database. */
    long atRiskCount(ReportFilter filter, ReportScope scope, double threshold, int minCounted) {
        SessionConditions where = new SessionConditions(filter, scope);
        MapSqlParameterSource params = where.params().addValue("threshold", threshold).addValue("minCounted", minCounted);
        String sql = """
                select count(*) from (
                    select ar.student_id from sessions s
                    join attendance_records ar on ar.session_id = s.id
                    where %s
                    group by ar.student_id
                    having count(*) filter (where ar.status in ('PRESENT', 'LATE', 'ABSENT')) >= :minCounted
                       and %s < :threshold) risky""".formatted(where.sql(), RATE);
        return jdbc.list(sql, params, (rs, n) -> rs.getLong(1)).getFirst();
    }

    private static String grouped(RateBreakdown.Dimension by, SessionConditions where, String having, String order) {
        String names = switch (by) {
            case CLASS -> "select c.id, c.name as code, c.name, null as class_name from classes c";
            case SUBJECT -> "select x.id, x.code, x.name, null as class_name from subjects x";
            case TEACHER -> "select t.id, t.employee_code as code, t.full_name as name, null as class_name from teachers t";
            case STUDENT -> """
                    select st.id, st.student_code as code, st.full_name as name, c.name as class_name
                    from students st join classes c on c.id = st.class_id""";
        };
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
        return """
                with grouped as (%s)
                select g.*, n.code, n.name, n.class_name
                from grouped g join (%s) n on n.id = g.id
                %s""".formatted(grouped, names,
                order.replace(RATE, "(g.n_present + g.n_late)::float8 / nullif(g.n_present + g.n_late + g.n_absent, 0)"));
    }

    private static final RowMapper<RateBreakdown.Row> ROW = (rs, n) -> new RateBreakdown.Row(rs.getLong("id"),
            rs.getString("code"), rs.getString("name"), rs.getString("class_name"), rs.getLong("n_sessions"),
            Counts.read(rs));
}
