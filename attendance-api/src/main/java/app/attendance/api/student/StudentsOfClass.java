package app.attendance.api.student;

import app.attendance.api.schoolclass.ClassReferences;
import app.attendance.api.schoolclass.ClassSizes;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The students of a class: counted for the class listing, erased with it (first, with their records and logins). */
@Component
@Order(1)
class StudentsOfClass implements ClassReferences, ClassSizes {

    private final JdbcClient jdbc;
    private final StudentRemoval removal;
    private final StudentDirectory directory;

    StudentsOfClass(JdbcClient jdbc, StudentRemoval removal, StudentDirectory directory) {
        this.jdbc = jdbc;
        this.removal = removal;
        this.directory = directory;
    }

    @Override
    public long classUses(long classId) {
        return jdbc.sql("select count(*) from students where class_id = :id").param("id", classId).query(Long.class)
                .single();
    }

    @Override
    public void removeClassUses(long classId) {
        removal.deleteAll(jdbc.sql("select id from students where class_id = :id").param("id", classId)
                .query(Long.class).list());
    }

    @Override
    public Map<Long, Long> studentCounts(Collection<Long> classIds) {
        return directory.rosterSizes(classIds);
    }
}
