package app.attendance.api.student;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lookups other features make on the {@code students} table: class rosters (a class's active
 * students), names and a student's standing. Other features ask here instead of reading the table.
 */
@Component
public class StudentDirectory {

    /** A student on a roster. */
    public record RosterStudent(long id, String code, String name) {
    }

    /** What decides whether a student may check in: class ({@code null} for none), active flag, consent. */
    public record Standing(Long classId, boolean active, boolean consent) {
    }

    /** A student as face enrolment sees them: code, name, class ({@code null} for none) and consent. */
    public record Profile(long id, String code, String name, Long classId, boolean consent) {
    }

    /** A student's code and consent, for matching photo file names to students. */
    public record Coded(long id, String code, boolean consent) {
    }

    private final JdbcClient jdbc;

    StudentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The class's active students ordered by name (then id). */
    public List<RosterStudent> roster(long classId) {
        return jdbc.sql("""
                select id, student_code, full_name from students where class_id = :classId and active
                order by full_name, id""")
                .param("classId", classId).query((rs, n) -> new RosterStudent(rs.getLong(1), rs.getString(2),
                        rs.getString(3)))
                .list();
    }

    /** The student, if active in the class. */
    public Optional<RosterStudent> onRoster(long classId, long studentId) {
        return jdbc.sql("""
                select id, student_code, full_name from students
                where id = :id and class_id = :classId and active""")
                .param("id", studentId).param("classId", classId)
                .query((rs, n) -> new RosterStudent(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The ids of the class's active students. */
    public List<Long> rosterIds(long classId) {
        return jdbc.sql("select id from students where class_id = :classId and active").param("classId", classId)
                .query(Long.class).list();
    }

    /** The names of the class's active students whose faces are enrolled, by id. */
    public Map<Long, String> enrolledRoster(long classId) {
        Map<Long, String> roster = new HashMap<>();
        jdbc.sql("select id, full_name from students where class_id = :c and enrolment_status = :enrolled and active")
                .param("c", classId).param("enrolled", EnrolmentStatus.ENROLLED.name())
                .query(rs -> {
                    roster.put(rs.getLong(1), rs.getString(2));
                });
        return roster;
    }

    /** The number of active students of each class (classes without any are left out). */
    public Map<Long, Long> rosterSizes(Collection<Long> classIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (classIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select class_id, count(*) from students where class_id in (:ids) and active group by class_id")
                .param("ids", classIds).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /** The student's full name. */
    public Optional<String> nameOf(long studentId) {
        return jdbc.sql("select full_name from students where id = :id").param("id", studentId).query(String.class)
                .optional();
    }

    /** The full names of the students that exist among {@code ids}, by id. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, full_name from students where id in (:ids)").param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    /** The student's class, active flag and consent, if the student exists. */
    public Optional<Standing> standing(long studentId) {
        return jdbc.sql("select class_id, active, consent_given from students where id = :id")
                .param("id", studentId)
                .query((rs, n) -> new Standing((Long) rs.getObject(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional();
    }

    /** The student's code, name, class and consent, if the student exists. */
    public Optional<Profile> profile(long studentId) {
        return jdbc.sql("select id, student_code, full_name, class_id, consent_given from students where id = :id")
                .param("id", studentId)
                .query((rs, n) -> new Profile(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getBoolean(5)))
                .optional();
    }

    /** Every student's code and consent. */
    public List<Coded> codes() {
        return jdbc.sql("select id, student_code, consent_given from students")
                .query((rs, n) -> new Coded(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** Those of the students that exist and have given biometric consent. */
    public Set<Long> consenting(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select id from students where id in (:ids) and consent_given").param("ids", ids)
                .query(Long.class).set();
    }
}
