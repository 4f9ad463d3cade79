package app.attendance.api.schoolclass;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.PagedService;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import app.attendance.api.teacher.Teacher;
import app.attendance.api.teacher.TeacherRepository;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class CRUD with unique names. Deleting a class with students, slots, sessions or devices is
 * refused ({@code in-use}) unless {@code cascade}, which removes all of them with it.
 */
@Service
class ClassService implements PagedService<ClassView, ClassRequest, ClassRequest> {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "grade", "grade");

    private final SchoolClassRepository classes;
    private final TeacherRepository teachers;
    private final List<ClassReferences> references;
    private final ClassSizes sizes;
    private final AuditLog audit;

    ClassService(SchoolClassRepository classes, TeacherRepository teachers, List<ClassReferences> references,
            ClassSizes sizes, AuditLog audit) {
        this.classes = classes;
        this.teachers = teachers;
        this.references = references;
        this.sizes = sizes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public PageResponse<ClassView> list(String q, Integer page, Integer size, String sort) {
        Page<SchoolClass> found = classes.search(Paging.like(q),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("name")));
        List<Long> ids = found.getContent().stream().map(SchoolClass::getId).toList();
        Map<Long, Long> counts = ids.isEmpty() ? Map.of() : sizes.studentCounts(ids);
        return PageResponse.of(found, c -> ClassView.of(c, counts.getOrDefault(c.getId(), 0L)));
    }

    @Transactional(readOnly = true)
    @Override
    public ClassView get(long id) {
        return view(find(id));
    }

    @Transactional
    @Override
    public ClassView create(ClassRequest r) {
        if (classes.existsByNameIgnoreCase(r.name().trim())) {
            throw ApiException.duplicate("name", r.name());
        }
        SchoolClass c = classes.save(new SchoolClass(r.name().trim(), r.grade(), teacher(r.homeroomTeacherId())));
        ClassView view = view(c);
        audit.record("CREATE", "class", c.getId(), null, view, null);
        return view;
    }

    @Transactional
    @Override
    public ClassView update(long id, ClassRequest r) {
        SchoolClass c = find(id);
        if (classes.existsByNameIgnoreCaseAndIdNot(r.name().trim(), id)) {
            throw ApiException.duplicate("name", r.name());
        }
        return audit.update("class", id, c, this::view, x -> x.update(r.name().trim(), r.grade(),
                teacher(r.homeroomTeacherId())));
    }

    @Transactional
    void delete(long id, boolean cascade) {
        SchoolClass c = find(id);
        long uses = references.stream().mapToLong(r -> r.classUses(id)).sum();
        if (uses > 0 && !cascade) {
            throw ApiException.inUse("Class " + c.getName() + " has students, timetable slots, sessions or devices;"
                    + " delete with ?cascade=true to remove them too");
        }
        ClassView old = view(c);
        if (uses > 0) {
            references.forEach(r -> r.removeClassUses(id));
        }
        audit.record("DELETE", "class", id, old, null, cascade ? "cascade" : null);
        classes.delete(c);
    }

    private ClassView view(SchoolClass c) {
        return ClassView.of(c, sizes.studentCounts(List.of(c.getId())).getOrDefault(c.getId(), 0L));
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
