package app.attendance.api.schoolclass;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.student.StudentRemoval;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import app.attendance.api.teacher.Teacher;
import app.attendance.api.teacher.TeacherRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class CRUD with unique names. Deleting a class with students, slots, sessions or devices is
 * refused ({@code in-use}) unless {@code cascade}, which removes all of them with it.
 */
@Service
class ClassService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "grade", "grade");

    private final SchoolClassRepository classes;
    private final TeacherRepository teachers;
    private final StudentRemoval studentRemoval;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    ClassService(SchoolClassRepository classes, TeacherRepository teachers, StudentRemoval studentRemoval,
            JdbcClient jdbc, AuditLog audit) {
        this.classes = classes;
        this.teachers = teachers;
        this.studentRemoval = studentRemoval;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    PageResponse<ClassView> list(String q, Integer page, Integer size, String sort) {
        Page<SchoolClass> found = classes.search(Paging.like(q),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("name")));
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = found.getContent().stream().map(SchoolClass::getId).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("select class_id, count(*) from students where class_id in (:ids) group by class_id")
                    .param("ids", ids).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return PageResponse.of(found, c -> ClassView.of(c, counts.getOrDefault(c.getId(), 0L)));
    }

    @Transactional(readOnly = true)
    ClassView get(long id) {
        return view(find(id));
    }

    @Transactional
    ClassView create(ClassRequest r) {
        if (classes.existsByNameIgnoreCase(r.name().trim())) {
            throw ApiException.duplicate("name", r.name());
        }
        SchoolClass c = classes.save(new SchoolClass(r.name().trim(), r.grade(), teacher(r.homeroomTeacherId())));
        ClassView view = view(c);
        audit.record("CREATE", "class", c.getId(), null, view, null);
        return view;
    }

    @Transactional
    ClassView update(long id, ClassRequest r) {
        SchoolClass c = find(id);
        if (classes.existsByNameIgnoreCaseAndIdNot(r.name().trim(), id)) {
            throw ApiException.duplicate("name", r.name());
        }
        ClassView old = view(c);
        c.update(r.name().trim(), r.grade(), teacher(r.homeroomTeacherId()));
        ClassView view = view(c);
        audit.record("UPDATE", "class", id, old, view, null);
        return view;
    }

    @Transactional
    void delete(long id, boolean cascade) {
        SchoolClass c = find(id);
        long uses = jdbc.sql("""
                select (select count(*) from students where class_id = :id)
                     + (select count(*) from timetable_slots where class_id = :id)
                     + (select count(*) from sessions where class_id = :id)
                     + (select count(*) from devices where class_id = :id)""")
                .param("id", id).query(Long.class).single();
        if (uses > 0 && !cascade) {
            throw ApiException.inUse("Class " + c.getName() + " has students, timetable slots, sessions or devices;"
                    + " delete with ?cascade=true to remove them too");
        }
        ClassView old = view(c);
        if (uses > 0) {
            studentRemoval.deleteAll(jdbc.sql("select id from students where class_id = :id").param("id", id)
                    .query(Long.class).list());
            jdbc.sql("delete from sessions where class_id = :id").param("id", id).update();
            jdbc.sql("delete from timetable_slots where class_id = :id").param("id", id).update();
            jdbc.sql("update devices set class_id = null where class_id = :id and room_id is not null")
                    .param("id", id).update();
            jdbc.sql("delete from devices where class_id = :id").param("id", id).update();
        }
        audit.record("DELETE", "class", id, old, null, cascade ? "cascade" : null);
        classes.delete(c);
    }

    private ClassView view(SchoolClass c) {
        return ClassView.of(c, jdbc.sql("select count(*) from students where class_id = :id")
                .param("id", c.getId()).query(Long.class).single());
    }

    private Teacher teacher(Long id) {
        if (id == null) {
            return null;
        }
        return teachers.findById(id).orElseThrow(() -> ApiException.invalid("homeroomTeacherId",
                "teacher " + id + " does not exist"));
    }

    private SchoolClass find(long id) {
        return classes.findById(id).orElseThrow(() -> ApiException.notFound("class", id));
    }
}
