package app.attendance.api.student;

import app.attendance.api.auth.StudentPlacement;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A student's class, for the access rules. */
@Component
class StudentPlacements implements StudentPlacement {

    private final JdbcClient jdbc;

    StudentPlacements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> classOf(long studentId) {
        return jdbc.sql("select class_id from students where id = :id").param("id", studentId).query(Long.class)
                .optional();
    }
}
