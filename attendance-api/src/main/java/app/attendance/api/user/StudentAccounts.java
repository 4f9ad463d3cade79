package app.attendance.api.user;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The logins of students, as the deletion of students needs them: listed, then deleted with them. */
@Component
public class StudentAccounts {

    private final JdbcClient jdbc;
    private final AccountTokens tokens;

    StudentAccounts(JdbcClient jdbc, AccountTokens tokens) {
        this.jdbc = jdbc;
        this.tokens = tokens;
    }

    /** The ids of the student's logins. */
    public List<Long> idsOf(long studentId) {
        return jdbc.sql("select id from users where student_id = :id").param("id", studentId).query(Long.class)
                .list();
    }

    /** The usernames of the student's logins. */
    public List<String> usernamesOf(long studentId) {
        return jdbc.sql("select username from users where student_id = :id").param("id", studentId)
                .query(String.class).list();
    }

    /** Deletes the logins of the students (their tokens go with the rows) and forgets their cached state. */
    public void deleteOf(Collection<Long> studentIds) {
        jdbc.sql("delete from users where student_id in (:ids) returning id").param("ids", studentIds)
                .query(Long.class).list().forEach(tokens::deleted);
    }
}
