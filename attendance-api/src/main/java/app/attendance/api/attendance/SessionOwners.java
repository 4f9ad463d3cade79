package app.attendance.api.attendance;

import app.attendance.api.auth.SessionOwnership;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A session's teacher and class, for the access rules. */
@Component
class SessionOwners implements SessionOwnership {

    private final JdbcClient jdbc;

    SessionOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Owner> ownerOf(long sessionId) {
        return jdbc.sql("select teacher_id, class_id from sessions where id = :id").param("id", sessionId).query((rs,
                n) -> new Owner(rs.getLong(1), rs.getLong(2))).optional();
    }
}
