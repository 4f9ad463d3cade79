package app.attendance.api.student;

import app.attendance.api.audit.AuditPseudonyms;
import app.attendance.api.audit.ErasedPerson;
import app.attendance.api.user.AccountTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes students with their attendance records and logins, and announces it. The audit log
 * keeps its entries about them, with their personal data replaced by {@code student#<id>}
 * ({@link AuditPseudonyms}), in the same transaction.
 */
@Service
public class StudentRemoval {

    /** The personal fields of a student and of a login in the audit entries' details. */
    private static final Set<String> PERSONAL_FIELDS = Set.of("studentCode", "fullName", "dateOfBirth", "gender",
            "guardianName", "guardianPhone", "guardianEmail", "username", "displayName");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AccountTokens accounts;
    private final AuditPseudonyms pseudonyms;

    StudentRemoval(JdbcClient jdbc, ApplicationEventPublisher events, AccountTokens accounts,
            AuditPseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.events = events;
        this.accounts = accounts;
        this.pseudonyms = pseudonyms;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteAll(List<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return;
        }
        events.publishEvent(new StudentsDeletedEvent(List.copyOf(studentIds)));
        List<ErasedPerson> erased = studentIds.stream().map(this::erased).toList();
        jdbc.sql("delete from attendance_records where student_id in (:ids)").param("ids", studentIds).update();
        jdbc.sql("delete from users where student_id in (:ids) returning id").param("ids", studentIds)
                .query(Long.class).list().forEach(accounts::deleted);
        jdbc.sql("delete from students where id in (:ids)").param("ids", studentIds).update();
        erased.forEach(pseudonyms::pseudonymise);
    }

    /** The student as the audit log must forget them, read before their rows go. */
    private ErasedPerson erased(long id) {
        List<String> values = new ArrayList<>();
        jdbc.sql("""
                select student_code, full_name, cast(date_of_birth as text), guardian_name, guardian_phone,
                       guardian_email
                from students where id = :id""")
                .param("id", id)
                .query(rs -> {
                    for (int c = 1; c <= 6; c++) {
                        values.add(rs.getString(c));
                    }
                });
        List<String> usernames = jdbc.sql("select username from users where student_id = :id").param("id", id)
                .query(String.class).list();
        List<Long> logins = jdbc.sql("select id from users where student_id = :id").param("id", id)
                .query(Long.class).list();
        List<Long> records = jdbc.sql("select id from attendance_records where student_id = :id").param("id", id)
                .query(Long.class).list();
        values.removeIf(v -> v == null);
        return new ErasedPerson("student#" + id,
                Map.of("student", List.of(id), "user", logins, "attendance", records),
                PERSONAL_FIELDS, values, usernames);
    }
}
