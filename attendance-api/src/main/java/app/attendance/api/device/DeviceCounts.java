package app.attendance.api.device;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many devices are enabled and how many of them were seen lately, for the dashboard. */
@Component
public class DeviceCounts {

    /** Enabled devices, and those of them seen since the given instant. */
    public record Enabled(long total, long online) {
    }

    private final JdbcClient jdbc;

    DeviceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled devices, counting as online those seen at or after {@code onlineSince}. */
    public Enabled enabled(Instant onlineSince) {
        return jdbc.sql("""
                select count(*), count(*) filter (where last_seen_at >= :since)
                from devices where enabled""")
                .param("since", Timestamp.from(onlineSince))
                .query((rs, n) -> new Enabled(rs.getLong(1), rs.getLong(2))).single();
    }
}
