package app.attendance.api.attendance;

import app.attendance.api.student.StudentDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Computes the attendance counts of many sessions with two grouped queries. */
@Component
class SessionCounter {

    private final JdbcClient jdbc;
    private final ObjectProvider<PendingReviews> pending;
    private final StudentDirectory students;

    SessionCounter(JdbcClient jdbc, ObjectProvider<PendingReviews> pending, StudentDirectory students) {
        this.jdbc = jdbc;
        this.pending = pending;
        this.students = students;
    }

    Map<Long, SessionView.Counts> of(Collection<ClassSession> sessions) {
        if (sessions.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = sessions.stream().map(ClassSession::getId).toList();
        List<Long> classIds = sessions.stream().map(s -> s.getSchoolClass().getId()).distinct().toList();
        Map<Long, Map<AttendanceStatus, Long>> byStatus = new HashMap<>();
        jdbc.sql("""
                select session_id, status, count(*) from attendance_records
                where session_id in (:ids) group by session_id, status""")
                .param("ids", ids)
                .query((rs, n) -> byStatus.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(AttendanceStatus.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        Map<Long, Long> rosterSize = students.rosterSizes(classIds);
        PendingReviews reviews = pending.getIfAvailable();
        Map<Long, Long> pendingCounts = reviews == null ? Map.of() : reviews.countPending(ids);
        Map<Long, SessionView.Counts> result = new HashMap<>();
        for (ClassSession s : sessions) {
            Map<AttendanceStatus, Long> c = byStatus.getOrDefault(s.getId(), Map.of());
            long present = c.getOrDefault(AttendanceStatus.PRESENT, 0L);
            long late = c.getOrDefault(AttendanceStatus.LATE, 0L);
            long absent = c.getOrDefault(AttendanceStatus.ABSENT, 0L);
            long excused = c.getOrDefault(AttendanceStatus.EXCUSED, 0L);
            long total = rosterSize.getOrDefault(s.getSchoolClass().getId(), 0L);
            result.put(s.getId(), new SessionView.Counts(present, late, absent, excused,
                    Math.max(0, total - present - late - absent - excused),
                    pendingCounts.getOrDefault(s.getId(), 0L), total));
        }
        return result;
    }
}
