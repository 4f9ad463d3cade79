package app.attendance.api.attendance;

import app.attendance.api.student.StudentRecords;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The attendance records of students, listed and deleted when the students are deleted. */
@Component
class RecordsOfStudents implements StudentRecords {

    private final JdbcClient jdbc;

    RecordsOfStudents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> recordIds(long studentId) {
        return jdbc.sql("select id from attendance_records where student_id = :id").param("id", studentId)
                .query(Long.class).list();
    }

    @Override
    public void deleteOf(Collection<Long> studentIds) {
        jdbc.sql("delete from attendance_records where student_id in (:ids)").param("ids", studentIds).update();
    }
}
