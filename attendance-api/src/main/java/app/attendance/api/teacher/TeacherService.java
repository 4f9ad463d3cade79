package app.attendance.api.teacher;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.subject.Subject;
import app.attendance.api.subject.SubjectReferences;
import app.attendance.api.subject.SubjectRepository;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.CrudService;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import app.attendance.api.user.Logins;
import app.attendance.api.user.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teacher CRUD: unique employee codes, subjects taught, optional login; in-use teachers are not deleted. */
@Service
class TeacherService implements CrudService<TeacherView, TeacherRequest>, SubjectReferences {

    private static final Map<String, String> SORTABLE = Map.of("employeeCode", "employeeCode",
            "fullName", "fullName", "email", "email");

    private final TeacherRepository teachers;
    private final SubjectRepository subjects;
    private final Logins logins;
    private final List<TeacherReferences> references;
    private final AuditLog audit;

    TeacherService(TeacherRepository teachers, SubjectRepository subjects, Logins logins,
            List<TeacherReferences> references,
            AuditLog audit) {
        this.teachers = teachers;
        this.subjects = subjects;
        this.logins = logins;
        this.references = references;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Override
    public PageResponse<TeacherView> list(String q, Integer page, Integer size, String sort) {
        Page<Teacher> found = teachers.search(Paging.like(q),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("fullName")));
        List<Long> ids = found.getContent().stream().map(Teacher::getId).toList();
        Map<Long, Teacher> withSubjects = ids.isEmpty() ? Map.of() : teachers.findWithSubjects(ids).stream()
                .collect(Collectors.toMap(Teacher::getId, Function.identity()));
        Map<Long, String> usernames = logins.teacherUsernames(ids);
        return PageResponse.of(found, t -> TeacherView.of(withSubjects.getOrDefault(t.getId(), t),
                usernames.get(t.getId())));
    }

    @Transactional(readOnly = true)
    @Override
    public TeacherView get(long id) {
        return view(find(id));
    }

    @Transactional
    @Override
    public TeacherView create(TeacherRequest r) {
        if (teachers.existsByEmployeeCodeIgnoreCase(r.employeeCode())) {
            throw ApiException.duplicate("employeeCode", r.employeeCode());
        }
        Teacher t = new Teacher(r.employeeCode().trim(), r.fullName().trim(), blankToNull(r.email()),
                blankToNull(r.phone()));
        t.setSubjects(subjectsOf(r.subjectIds()));
        teachers.save(t);
        logins.upsert(Role.TEACHER, t.getId(), null, r.username(), r.password());
        TeacherView view = view(t);
        audit.record("CREATE", "teacher", t.getId(), null, view, null);
        return view;
    }

    @Transactional
    @Override
    public TeacherView update(long id, TeacherRequest r) {
        Teacher t = find(id);
        if (teachers.existsByEmployeeCodeIgnoreCaseAndIdNot(r.employeeCode(), id)) {
            throw ApiException.duplicate("employeeCode", r.employeeCode());
        }
        return audit.update("teacher", id, t, this::view, x -> {
            x.update(r.employeeCode().trim(), r.fullName().trim(), blankToNull(r.email()), blankToNull(r.phone()));
            x.setSubjects(subjectsOf(r.subjectIds()));
            logins.upsert(Role.TEACHER, id, null, r.username(), r.password());
        });
    }

    @Transactional
    @Override
    public void delete(long id) {
        Teacher t = find(id);
        if (references.stream().anyMatch(r -> r.teacherUses(id) > 0)) {
            throw ApiException.inUse("Teacher " + t.getFullName()
                    + " is a homeroom teacher or has timetable slots or sessions; reassign those first");
        }
        audit.record("DELETE", "teacher", id, view(t), null, null);
        logins.teacherDeleted(id);
        teachers.delete(t);
    }

    /** Teachers refer to the subjects they teach: a subject someone teaches is kept. */
    @Override
    public long subjectUses(long subjectId) {
        return teachers.countTeaching(subjectId);
    }

    private TeacherView view(Teacher t) {
        return TeacherView.of(t, logins.teacherUsernames(List.of(t.getId())).get(t.getId()));
    }

    private Set<Subject> subjectsOf(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> wanted = new LinkedHashSet<>(ids);
        List<Subject> found = subjects.findAllById(wanted);
        if (found.size() != wanted.size()) {
            Set<Long> missing = new LinkedHashSet<>(wanted);
            found.forEach(s -> missing.remove(s.getId()));
            throw ApiException.invalid("subjectIds", "unknown subject ids " + missing);
        }
        return new LinkedHashSet<>(found);
    }

    private Teacher find(long id) {
        return teachers.findById(id).orElseThrow(() -> ApiException.notFound("teacher", id));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
