package app.attendance.api.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Builds the WHERE conditions on the {@code sessions s} alias shared by all aggregate reports
 * (date range, class, subject, teacher, the caller's scope) with named parameters, so that every
 * report filters identically. The conditions match the indexes {@code (class_id, session_date)},
 * {@code (teacher_id, session_date)}, {@code (subject_id, session_date)} and
 * {@code (session_date, start_time)}.
 */
final class SessionConditions {

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    SessionConditions(ReportFilter filter, ReportScope scope) {
        conditions.add("s.session_date between :from and :to");
        params.addValue("from", filter.from()).addValue("to", filter.to());
        if (filter.classId() != null) {
            conditions.add("s.class_id = :classId");
            params.addValue("classId", filter.classId());
        }
        if (filter.subjectId() != null) {
            conditions.add("s.subject_id = :subjectId");
            params.addValue("subjectId", filter.subjectId());
        }
        if (filter.teacherId() != null) {
            conditions.add("s.teacher_id = :teacherId");
            params.addValue("teacherId", filter.teacherId());
        }
        if (scope.teacherId() != null) {
            conditions.add("""
                    (s.teacher_id = :scopeTeacher or s.class_id in (
                        select c.id from classes c where c.homeroom_teacher_id = :scopeTeacher
                        union select ts.class_id from timetable_slots ts where ts.teacher_id = :scopeTeacher))""");
            params.addValue("scopeTeacher", scope.teacherId());
        }
    }

    /** The conditions joined with AND (no leading WHERE). */
    String sql() {
        return String.join(" and ", conditions);
    }

    MapSqlParameterSource params() {
        return params;
    }
}
