package app.attendance.api.attendance;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a session's roster: the class's students left-joined with their records. */
@Component
public class Rosters {

    private static final String SELECT = """
            select st.id, st.student_code, st.full_name, r.status, r.first_seen_at, r.source, r.similarity, r.note
            from sessions s
              join students st on st.class_id = s.class_id and st.active
              left join attendance_records r on r.session_id = s.id and r.student_id = st.id
            where s.id = :sessionId""";

    private final JdbcClient jdbc;

    Rosters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole roster ordered by name; {@code pending} students are flagged. */
    public List<RosterRow> roster(long sessionId, Set<Long> pending) {
        return jdbc.sql(SELECT + " order by st.full_name, st.id").param("sessionId", sessionId)
                .query((rs, n) -> row(rs, pending)).list();
    }

    /** One row, if the student is on the session's roster. */
    public Optional<RosterRow> row(long sessionId, long studentId) {
        return jdbc.sql(SELECT + " and st.id = :studentId").param("sessionId", sessionId)
                .param("studentId", studentId).query((rs, n) -> row(rs, Set.of())).optional();
    }

    private static RosterRow row(java.sql.ResultSet rs, Set<Long> pending) throws java.sql.SQLException {
        String status = rs.getString(4);
        String source = rs.getString(6);
        Timestamp seen = rs.getTimestamp(5);
        double similarity = rs.getDouble(7);
        return new RosterRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                status == null ? null : AttendanceStatus.valueOf(status), seen == null ? null : seen.toInstant(),
                source == null ? null : Source.valueOf(source), rs.wasNull() ? null : similarity, rs.getString(8),
                pending.contains(rs.getLong(1)));
    }
}
