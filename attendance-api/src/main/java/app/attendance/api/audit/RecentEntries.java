package app.attendance.api.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The latest audit entries in brief (who did what to which entity), for the dashboard. */
@Component
public class RecentEntries {

    /** One entry in brief. */
    public record Brief(Instant at, String actor, String action, String entity, Long entityId) {
    }

    private final JdbcClient jdbc;

    RecentEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code limit} latest entries, newest first. */
    public List<Brief> latest(int limit) {
        return jdbc.sql("select at, actor, action, entity, entity_id from audit_log order by at desc, id desc limit :n")
                .param("n", limit)
                .query((rs, n) -> new Brief(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), (Long) rs.getObject(5)))
                .list();
    }
}
