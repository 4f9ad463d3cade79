package app.attendance.api.attendance.recognition;

import app.attendance.api.attendance.PendingReviews;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells sessions how many open pending matches they have, for counts and rosters. */
@Component
class PendingCounts implements PendingReviews {

    private final JdbcClient jdbc;

    PendingCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Long> countPending(Collection<Long> sessionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select session_id, count(*) from pending_matches
                where status = :open and session_id in (:ids) group by session_id""")
                .param("ids", sessionIds).param("open", PendingStatus.OPEN.name())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    @Override
    public Set<Long> pendingStudents(long sessionId) {
        return new HashSet<>(jdbc.sql("select student_id from pending_matches where session_id = :s and status = :open")
                .param("s", sessionId).param("open", PendingStatus.OPEN.name()).query(Long.class).list());
    }
}
