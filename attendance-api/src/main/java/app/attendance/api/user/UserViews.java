package app.attendance.api.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds {@link UserView}s, with the linked teacher's or student's name as display name. */
@Component
public class UserViews {

    private final JdbcClient jdbc;

    UserViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UserView of(UserAccount user) {
        String name = null;
        if (user.getTeacherId() != null) {
            name = jdbc.sql("select full_name from teachers where id = :id").param("id", user.getTeacherId())
                    .query(String.class).optional().orElse(null);
        } else if (user.getStudentId() != null) {
            name = jdbc.sql("select full_name from students where id = :id").param("id", user.getStudentId())
                    .query(String.class).optional().orElse(null);
        }
        return new UserView(user.getId(), user.getUsername(), user.getRole(),
                name == null ? user.getUsername() : name, user.getTeacherId(), user.getStudentId(), user.isEnabled());
    }
}
