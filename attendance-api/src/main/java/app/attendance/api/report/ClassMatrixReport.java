package app.attendance.api.report;

import app.attendance.api.system.ApiException;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link ClassMatrix}: the class's sessions in range, and per student one array of
 * status letters aggregated in PostgreSQL in session order (students × sessions cross join,
 * left-joined to the records), plus FILTER counts.
 */
@Component
class ClassMatrixReport {

    private final ReportJdbc jdbc;

    ClassMatrixReport(ReportJdbc jdbc) {
        this.jdbc = jdbc;
    }

    ClassMatrix matrix(long classId, ReportFilter filter) {
        SessionConditions where = new SessionConditions(filter.withClass(classId), ReportScope.ALL);
        MapSqlParameterSource params = where.params();
        String className = jdbc.list("select name from classes where id = :classId", params,
                (rs, n) -> rs.getString(1)).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("class", classId));
        List<ClassMatrix.Column> columns = jdbc.list("""
                select s.id, s.session_date, s.start_time, x.code, s.status
                from sessions s join subjects x on x.id = s.subject_id
                where %s order by s.session_date, s.start_time, s.id""".formatted(where.sql()), params,
                (rs, n) -> new ClassMatrix.Column(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalTime.class), rs.getString(4), rs.getString(5)));
        List<ClassMatrix.Row> rows = jdbc.list("""
                with ss as (
                    select s.id, s.session_date, s.start_time from sessions s where %s
                ),
                ar as (
                    select r.student_id, r.session_id, r.status from ss join attendance_records r on r.session_id = ss.id
                ),
                roster as (
                    select id from students where class_id = :classId and active
                    union
                    select student_id from ar
                )
                select st.id, st.student_code, st.full_name,
                       array_agg(case ar.status when %s then 'P' when %s then 'L'
                                 when %s then 'A' when %s then 'E' end
                                 order by ss.session_date, ss.start_time, ss.id) as cells,
                %s
                from roster
                join students st on st.id = roster.id
                left join ss on true
                left join ar on ar.session_id = ss.id and ar.student_id = st.id
                group by st.id, st.student_code, st.full_name
                order by st.full_name, st.id""".formatted(where.sql(), StatusSql.PRESENT, StatusSql.LATE,
                StatusSql.ABSENT,
                StatusSql.EXCUSED, Counts.SELECT), params,
                (rs, n) -> new ClassMatrix.Row(rs.getLong("id"), rs.getString("student_code"),
                        rs.getString("full_name"), cells(rs.getArray("cells")), Counts.read(rs)));
        if (columns.isEmpty()) {
            rows = rows.stream().map(r -> new ClassMatrix.Row(r.studentId(), r.studentCode(), r.fullName(),
                    List.of(), r.counts())).toList();
        }
        return new ClassMatrix(classId, className, filter.from(), filter.to(), columns, rows);
    }

    private static List<String> cells(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
