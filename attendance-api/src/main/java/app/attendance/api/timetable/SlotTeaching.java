package app.attendance.api.timetable;

import app.attendance.api.auth.TeachingAssignments;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The classes a teacher teaches in some timetable slot, for the access rules. */
@Component
class SlotTeaching implements TeachingAssignments {

    private final JdbcClient jdbc;

    SlotTeaching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean teaches(long teacherId, long classId) {
        return jdbc.sql("select exists (select 1 from timetable_slots where class_id = :c and teacher_id = :t)").param(
                "c", classId).param("t", teacherId).query(Boolean.class).single();
    }

    @Override
    public Set<Long> classIds(long teacherId) {
        return new HashSet<>(jdbc.sql("select distinct class_id from timetable_slots where teacher_id = :t").param("t",
                teacherId).query(Long.class).list());
    }
}
