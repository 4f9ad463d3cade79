package app.attendance.api.teacher;

import app.attendance.api.auth.TeacherEmails;
import app.attendance.api.user.LinkedPeople;
import app.attendance.api.user.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Teachers as other features look them up: by id for teacher logins, by e-mail for single sign-on. */
@Component
class TeacherDirectory implements LinkedPeople, TeacherEmails {

    private final JdbcClient jdbc;

    TeacherDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Role role() {
        return Role.TEACHER;
    }

    @Override
    public Optional<String> nameOf(long id) {
        return jdbc.sql("select full_name from teachers where id = :id").param("id", id).query(String.class)
                .optional();
    }

    @Override
    public List<Long> teachersWithEmail(String email) {
        return jdbc.sql("select id from teachers where lower(email) = lower(:email)").param("email", email)
                .query(Long.class).list();
    }
}
