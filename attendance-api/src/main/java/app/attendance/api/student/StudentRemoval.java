package app.attendance.api.student;

import app.attendance.api.audit.AuditPseudonyms;
import app.attendance.api.audit.ErasedPerson;
import app.attendance.api.user.StudentAccounts;
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
 * Deletes students with their attendance records ({@link StudentRecords}) and logins
 * ({@link StudentAccounts}), and announces it. The audit log keeps its entries about them, with
 * their personal data replaced by {@code student#<id>} ({@link AuditPseudonyms}), in the same
 * transaction.
 */
@Service
public class StudentRemoval {

    /** The personal fields of a student and of a login in the audit entries' details. */
    private static final Set<String> PERSONAL_FIELDS = Set.of("studentCode", "fullName", "dateOfBirth", "gender",
            "guardianName", "guardianPhone", "guardianEmail", "username", "displayName");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final StudentAccounts accounts;
    private final StudentRecords records;
    private final AuditPseudonyms pseudonyms;

    StudentRemoval(JdbcClient jdbc, ApplicationEventPublisher events, StudentAccounts accounts,
            StudentRecords records, AuditPseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.events = events;
        this.accounts = accounts;
        this.records = records;
        this.pseudonyms = pseudonyms;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteAll(List<Long> studentIds) {
        if (studentIds.isEmpty()) {
            return;
        }
        events.publishEvent(new StudentsDeletedEvent(List.copyOf(studentIds)));
        List<ErasedPerson> erased = studentIds.stream().map(this::erased).toList();
        records.deleteOf(studentIds);
        accounts.deleteOf(studentIds);
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
        List<String> usernames = accounts.usernamesOf(id);
        List<Long> logins = accounts.idsOf(id);
        List<Long> marks = records.recordIds(id);
        values.removeIf(v -> v == null);
        return new ErasedPerson("student#" + id,
                Map.of("student", List.of(id), "user", logins, "attendance", marks),
                PERSONAL_FIELDS, values, usernames);
    }
}
