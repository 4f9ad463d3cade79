package app.attendance.api.report;

import app.attendance.api.system.ApiException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Builds a {@link SessionSheet}: the roster left-joined to the session's records. */
@Component
class SessionSheetReport {

    private final ReportJdbc jdbc;

    SessionSheetReport(ReportJdbc jdbc) {
        this.jdbc = jdbc;
    }

    SessionSheet sheet(long sessionId, String status) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", sessionId).addValue("status", status);
        SessionSheet.Header header = jdbc.list("""
                select s.id, s.class_id, c.name as class_name, x.name as subject_name, t.full_name as teacher_name,
                       r.name as room_name, s.session_date, s.start_time, s.end_time, s.status
                from sessions s join classes c on c.id = s.class_id join subjects x on x.id = s.subject_id
                join teachers t on t.id = s.teacher_id left join rooms r on r.id = s.room_id
                where s.id = :id""", params, (rs, n) -> new SessionSheet.Header(rs.getLong("id"),
                rs.getLong("class_id"), rs.getString("class_name"), rs.getString("subject_name"),
                rs.getString("teacher_name"), rs.getString("room_name"), rs.getObject("session_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                rs.getString("status"))).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("session", sessionId));
        String roster = """
                with roster as (
                    select st.id from students st where st.active and st.class_id = (select class_id from sessions where id = :id)
                    union
                    select student_id from attendance_records where session_id = :id
                )
                """;
        List<SessionSheet.Row> rows = jdbc.list(roster + """
                select st.id, st.student_code, st.full_name, ar.status, ar.first_seen_at, ar.source,
                       ar.similarity, ar.note
                from roster
                join students st on st.id = roster.id
                left join attendance_records ar on ar.student_id = st.id and ar.session_id = :id
                where cast(:status as varchar) is null or ar.status = :status
                order by st.full_name, st.id""", params, (rs, n) -> {
            Timestamp seen = rs.getTimestamp("first_seen_at");
            return new SessionSheet.Row(rs.getLong("id"), rs.getString("student_code"),
                    rs.getString("full_name"), rs.getString("status"), seen == null ? null : seen.toInstant(),
                    rs.getString("source"), (Double) rs.getObject("similarity"), rs.getString("note"));
        });
        List<Long> c = jdbc.list(roster + """
                select count(*) filter (where ar.status = %s), count(*) filter (where ar.status = %s),
                       count(*) filter (where ar.status = %s), count(*) filter (where ar.status = %s),
                       count(*) filter (where ar.id is null)
                from roster
                left join attendance_records ar on ar.session_id = :id and ar.student_id = roster.id"""
                .formatted(StatusSql.PRESENT, StatusSql.LATE, StatusSql.ABSENT, StatusSql.EXCUSED),
                params, (rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .getFirst();
        return new SessionSheet(header, Counts.of(c.get(0), c.get(1), c.get(2), c.get(3)), c.get(4), rows);
    }
}
