package app.attendance.api.schoolclass;

import app.attendance.api.auth.TeachingAssignments;
import app.attendance.api.teacher.TeacherReferences;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The classes a teacher is homeroom teacher of, for the access rules; a homeroom teacher is not deleted. */
@Component
class HomeroomTeaching implements TeachingAssignments, TeacherReferences {

    private final JdbcClient jdbc;

    HomeroomTeaching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean teaches(long teacherId, long classId) {
        return jdbc.sql("select exists (select 1 from classes where id = :c and homeroom_teacher_id = :t)").param("c",
                classId).param("t", teacherId).query(Boolean.class).single();
    }

    @Override
    public Set<Long> classIds(long teacherId) {
        return new HashSet<>(jdbc.sql("select id from classes where homeroom_teacher_id = :t").param("t", teacherId)
                .query(Long.class).list());
    }

    @Override
    public long teacherUses(long teacherId) {
        return classIds(teacherId).size();
    }
}
