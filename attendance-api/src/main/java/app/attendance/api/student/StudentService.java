package app.attendance.api.student;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.schoolclass.SchoolClass;
import app.attendance.api.schoolclass.SchoolClassRepository;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import app.attendance.api.system.RecordService;
import app.attendance.api.system.SchoolProperties;
import app.attendance.api.user.Logins;
import app.attendance.api.user.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student CRUD: unique codes, class membership, guardian, consent and login. Teachers list only
 * the students of their classes; a student with attendance is deleted only with {@code cascade}.
 */
@Service
class StudentService implements RecordService<StudentView, StudentRequest, StudentRequest> {

    private static final Map<String, String> SORTABLE = Map.of("studentCode", "studentCode",
            "fullName", "fullName", "className", "schoolClass.name", "dateOfBirth", "dateOfBirth");

    private final StudentRepository students;
    private final SchoolClassRepository classes;
    private final StudentRemoval removal;
    private final Logins logins;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SchoolProperties school;
    private final Clock clock;

    StudentService(StudentRepository students, SchoolClassRepository classes, StudentRemoval removal,
            Logins logins, AccessPolicy access, AuditLog audit, ApplicationEventPublisher events,
            SchoolProperties school, Clock clock) {
        this.students = students;
        this.classes = classes;
        this.removal = removal;
        this.logins = logins;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.school = school;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<StudentView> list(Long classId, EnrolmentStatus enrolment, Boolean active, String q, Integer page,
            Integer size, String sort) {
        Long teacherScope = access.teacherScope();
        Set<Long> classes = teacherScope == null ? null : access.teacherClassIds(teacherScope);
        return PageResponse.of(students.findAll(StudentSearch.of(classId, enrolment, Paging.likeOrNull(q),
                classes, active),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("fullName"))), s -> StudentView.of(s, null));
    }

    @Transactional(readOnly = true)
    @Override
    public StudentView get(long id) {
        access.requireStudentRead(id);
        return StudentView.of(find(id), logins.studentUsername(id));
    }

    @Transactional
    @Override
    public StudentView create(StudentRequest r) {
        if (students.existsByStudentCodeIgnoreCase(r.studentCode())) {
            throw ApiException.duplicate("studentCode", r.studentCode());
        }
        Student s = new Student(r.studentCode().trim(), r.fullName().trim(), schoolClass(r.classId()));
        apply(s, r);
        students.save(s);
        logins.upsert(Role.STUDENT, null, s.getId(), r.username(), r.password());
        StudentView view = StudentView.of(s, logins.studentUsername(s.getId()));
        audit.record("CREATE", "student", s.getId(), null, view, null);
        return view;
    }

    @Transactional
    @Override
    public StudentView update(long id, StudentRequest r) {
        Student s = find(id);
        if (students.existsByStudentCodeIgnoreCaseAndIdNot(r.studentCode(), id)) {
            throw ApiException.duplicate("studentCode", r.studentCode());
        }
        StudentView old = StudentView.of(s, logins.studentUsername(id));
        boolean consentBefore = s.isConsentGiven();
        apply(s, r);
        logins.upsert(Role.STUDENT, null, id, r.username(), r.password());
        StudentView view = StudentView.of(s, logins.studentUsername(id));
        audit.record("UPDATE", "student", id, old, view, null);
        if (consentBefore != s.isConsentGiven()) {
            events.publishEvent(new ConsentChangedEvent(id, s.isConsentGiven()));
        }
        return view;
    }

    @Transactional
    StudentView consent(long id, boolean given) {
        Student s = find(id);
        boolean before = s.isConsentGiven();
        s.setConsent(given, given ? (before ? s.getConsentDate() : today()) : null);
        if (before != given) {
            audit.record("CONSENT", "student", id, before, given, null);
            events.publishEvent(new ConsentChangedEvent(id, given));
        }
        return StudentView.of(s, logins.studentUsername(id));
    }

    @Transactional
    StudentView active(long id, boolean active) {
        Student s = find(id);
        if (s.isActive() != active) {
            audit.record(active ? "REACTIVATE" : "DEACTIVATE", "student", id, s.isActive(), active, null);
            s.setActive(active);
        }
        return StudentView.of(s, logins.studentUsername(id));
    }

    @Transactional
    void delete(long id, boolean cascade) {
        Student s = find(id);
        if (!cascade && students.hasAttendance(id)) {
            throw ApiException.inUse("Student " + s.getStudentCode()
                    + " has attendance records; delete with ?cascade=true to remove them too");
        }
        audit.record("DELETE", "student", id, StudentView.of(s, null), null, cascade ? "cascade" : null);
        removal.deleteAll(List.of(id));
    }

    private void apply(Student s, StudentRequest r) {
        s.update(r.studentCode().trim(), r.fullName().trim(), schoolClass(r.classId()), r.gender(), r.dateOfBirth());
        s.setGuardian(trim(r.guardianName()), trim(r.guardianPhone()), trim(r.guardianEmail()));
        if (r.consentGiven() != null) {
            boolean given = r.consentGiven();
            LocalDate date = r.consentDate() != null ? r.consentDate()
                    : s.isConsentGiven() && s.getConsentDate() != null ? s.getConsentDate() : today();
            s.setConsent(given, date);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(school.zone()));
    }

    private SchoolClass schoolClass(long id) {
        return classes.findById(id).orElseThrow(() -> ApiException.invalid("classId", "class " + id
                + " does not exist"));
    }

    private Student find(long id) {
        return students.findById(id).orElseThrow(() -> ApiException.notFound("student", id));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
