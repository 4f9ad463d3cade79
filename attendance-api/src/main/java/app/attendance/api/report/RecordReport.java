package app.attendance.api.report;

import app.attendance.api.system.ApiException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Attendance records joined to their sessions and students: a student's history, a page of
 * records, or all of them streamed through a cursor for export (the largest report).
 */
@Component
class RecordReport {

    private static final String SELECT = """
            select ar.id, s.id as session_id, s.session_date, s.start_time, c.name as class_name,
                   x.name as subject_name, t.full_name as teacher_name, st.id as student_id, st.student_code,
                   st.full_name as student_name, ar.status, ar.first_seen_at, ar.source, ar.note
            from sessions s
            join attendance_records ar on ar.session_id = s.id
            join students st on st.id = ar.student_id
            join classes c on c.id = s.class_id
            join subjects x on x.id = s.subject_id
            join teachers t on t.id = s.teacher_id
            """;

    private final ReportJdbc jdbc;

    RecordReport(ReportJdbc jdbc) {
        this.jdbc = jdbc;
    }

    StudentHistory history(long studentId, ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("studentId", studentId);
        record Student(String code, String name, String className) {
        }
        Student student = jdbc.list("""
                select st.student_code, st.full_name, c.name from students st join classes c on c.id = st.class_id
                where st.id = :studentId""", params, (rs, n) -> new Student(rs.getString(1), rs.getString(2),
                rs.getString(3))).stream().findFirst().orElseThrow(() -> ApiException.notFound("student", studentId));
        SessionConditions where = new SessionConditions(filter, ReportScope.ALL);
        where.params().addValue("studentId", studentId);
        Counts counts = jdbc.list("select " + Counts.SELECT
                + " from sessions s join attendance_records ar on ar.session_id = s.id"
                + " where ar.student_id = :studentId and " + where.sql(), where.params(),
                (rs, n) -> Counts.read(rs)).getFirst();
        List<RecordRow> rows = jdbc.list(SELECT + " where ar.student_id = :studentId and " + where.sql()
                + statusCondition(filter, where.params())
                + " order by s.session_date desc, s.start_time desc, s.id desc",
                where.params(), (rs, n) -> row(rs));
        return new StudentHistory(studentId, student.code(), student.name(), student.className(), filter.from(),
                filter.to(), counts, rows);
    }

    /** One page of records (newest first) and the total, for the screen. */
    List<RecordRow> page(ReportFilter filter, ReportScope scope, int page, int size) {
        SessionConditions where = new SessionConditions(filter, scope);
        where.params().addValue("limit", size).addValue("offset", (long) page * size);
        return jdbc.list(SELECT + " where " + where.sql() + statusCondition(filter, where.params())
                + " order by s.session_date desc, s.start_time desc, ar.id desc limit :limit offset :offset",
                where.params(), (rs, n) -> row(rs));
    }

    /** How many records match, summed from the per-session counts (no record is read). */
    long count(ReportFilter filter, ReportScope scope) {
        SessionConditions where = new SessionConditions(filter, scope);
        String column = filter.status() == null ? "sc.present + sc.late + sc.absent + sc.excused"
                : "sc." + filter.status().name().toLowerCase(java.util.Locale.ROOT);
        return jdbc.list("select coalesce(sum(" + column + "), 0) from sessions s join session_counts sc"
                + " on sc.session_id = s.id where " + where.sql(), where.params(), (rs, n) -> rs.getLong(1)).getFirst();
    }

    /** Streams every matching record, in the screen's order, to {@code sink}. */
    void stream(ReportFilter filter, ReportScope scope, Consumer<RecordRow> sink) {
        SessionConditions where = new SessionConditions(filter, scope);
        jdbc.stream(SELECT + " where " + where.sql() + statusCondition(filter, where.params())
                + " order by s.session_date desc, s.start_time desc, ar.id desc", where.params(),
                rs -> sink.accept(row(rs)));
    }

    private static String statusCondition(ReportFilter filter, MapSqlParameterSource params) {
        if (filter.status() == null) {
            return "";
        }
        params.addValue("status", filter.status().name());
        return " and ar.status = :status";
    }

    private static RecordRow row(ResultSet rs) throws SQLException {
        Timestamp seen = rs.getTimestamp("first_seen_at");
        return new RecordRow(rs.getLong("id"), rs.getLong("session_id"), rs.getObject("session_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getString("class_name"), rs.getString("subject_name"),
                rs.getString("teacher_name"), rs.getLong("student_id"), rs.getString("student_code"),
                rs.getString("student_name"), rs.getString("status"), seen == null ? null : seen.toInstant(),
                rs.getString("source"), rs.getString("note"));
    }
}
