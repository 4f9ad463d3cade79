package app.attendance.api.student;

import app.attendance.api.user.AccountTokens;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Deletes students with their attendance records and logins, and announces it. */
@Service
public class StudentRemoval {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AccountTokens accounts;

    StudentRemoval(JdbcClient jdbc, ApplicationEventPublisher events, AccountTokens accounts) {
        this.jdbc = jdbc;
        this.events = events;
        this.accounts = accounts;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteAll(List<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return;
        }
        events.publishEvent(new StudentsDeletedEvent(List.copyOf(studentIds)));
        jdbc.sql("delete from attendance_records where student_id in (:ids)").param("ids", studentIds).update();
        jdbc.sql("delete from users where student_id in (:ids) returning id").param("ids", studentIds)
                .query(Long.class).list().forEach(accounts::deleted);
        jdbc.sql("delete from students where id in (:ids)").param("ids", studentIds).update();
    }
}
