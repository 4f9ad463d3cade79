package app.attendance.api.attendance;

import app.attendance.api.student.StudentDirectory;
import app.attendance.api.student.StudentDirectory.RosterStudent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a session's roster: the class's active students ({@link StudentDirectory}) with their records. */
@Component
public class Rosters {

    private static final String RECORDS = """
            select student_id, status, first_seen_at, source, similarity, note
            from attendance_records where session_id = :sessionId""";

    private final JdbcClient jdbc;
    private final StudentDirectory students;

    Rosters(JdbcClient jdbc, StudentDirectory students) {
        this.jdbc = jdbc;
        this.students = students;
    }

    /** The whole roster ordered by name; {@code pending} students are flagged. */
    public List<RosterRow> roster(long sessionId, Set<Long> pending) {
        Optional<Long> classId = classOf(sessionId);
        if (classId.isEmpty()) {
            return List.of();
        }
        Map<Long, Mark> marks = new HashMap<>();
        jdbc.sql(RECORDS).param("sessionId", sessionId).query((rs, n) -> marks.put(rs.getLong(1), mark(rs))).list();
        return students.roster(classId.get()).stream()
                .map(st -> row(st, marks.get(st.id()), pending.contains(st.id()))).toList();
    }

    /** One row, if the student is on the session's roster. */
    public Optional<RosterRow> row(long sessionId, long studentId) {
        return classOf(sessionId).flatMap(classId -> students.onRoster(classId, studentId)).map(st -> row(st,
                jdbc.sql(RECORDS + " and student_id = :studentId").param("sessionId", sessionId)
                        .param("studentId", studentId).query((rs, n) -> mark(rs)).optional().orElse(null),
                false));
    }

    private Optional<Long> classOf(long sessionId) {
        return jdbc.sql("select class_id from sessions where id = :id").param("id", sessionId).query(Long.class)
                .optional();
    }

    /** A student's record columns. */
    private record Mark(AttendanceStatus status, Timestamp seen, Source source, Double similarity, String note) {
    }

    private static Mark mark(ResultSet rs) throws SQLException {
        String status = rs.getString(2);
        String source = rs.getString(4);
        double similarity = rs.getDouble(5);
        Double similarityOrNull = rs.wasNull() ? null : similarity;
        return new Mark(status == null ? null : AttendanceStatus.valueOf(status), rs.getTimestamp(3),
                source == null ? null : Source.valueOf(source), similarityOrNull, rs.getString(6));
    }

    private static RosterRow row(RosterStudent st, Mark m, boolean pending) {
        return m == null
                ? new RosterRow(st.id(), st.code(), st.name(), null, null, null, null, null, pending)
                : new RosterRow(st.id(), st.code(), st.name(), m.status(),
                        m.seen() == null ? null : m.seen().toInstant(), m.source(), m.similarity(), m.note(), pending);
    }
}
