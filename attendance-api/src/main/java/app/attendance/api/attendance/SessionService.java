package app.attendance.api.attendance;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.room.RoomRepository;
import app.attendance.api.schoolclass.SchoolClassRepository;
import app.attendance.api.student.StudentDirectory;
import app.attendance.api.subject.SubjectRepository;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.PageResponse;
import app.attendance.api.system.Paging;
import app.attendance.api.teacher.TeacherRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session life cycle: ad-hoc creation, open, close (unmarked students become ABSENT), reopen
 * within the configured window (those ABSENTs are removed again), and reading with counts and
 * rosters. Access checks are the caller's job (see {@code AccessPolicy}).
 */
@Service
public class SessionService {

    private static final Map<String, String> SORTABLE = Map.of("date", "date", "startTime", "startTime",
            "status", "status");

    private final ClassSessionRepository sessions;
    private final SessionCounter counts;
    private final Rosters rosters;
    private final ObjectProvider<PendingReviews> pending;
    private final SchoolClassRepository classes;
    private final SubjectRepository subjects;
    private final TeacherRepository teachers;
    private final RoomRepository rooms;
    private final MarkingProperties rules;
    private final JdbcClient jdbc;
    private final StudentDirectory students;
    private final AuditLog audit;
    private final Clock clock;

    SessionService(ClassSessionRepository sessions, SessionCounter counts, Rosters rosters,
            ObjectProvider<PendingReviews> pending, SchoolClassRepository classes, SubjectRepository subjects,
            TeacherRepository teachers, RoomRepository rooms, MarkingProperties rules, JdbcClient jdbc,
            StudentDirectory students, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.counts = counts;
        this.rosters = rosters;
        this.pending = pending;
        this.classes = classes;
        this.subjects = subjects;
        this.teachers = teachers;
        this.rooms = rooms;
        this.rules = rules;
        this.jdbc = jdbc;
        this.students = students;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageResponse<SessionView> list(LocalDate date, LocalDate from, LocalDate to, Long classId, Long teacherId,
            SessionStatus status, Long visibleToTeacherId, Integer page, Integer size, String sort) {
        LocalDate start = date != null ? date : from;
        LocalDate end = date != null ? date : to;
        Page<ClassSession> found = sessions.findAll(
                SessionSearch.of(start, end, classId, teacherId, status, visibleToTeacherId),
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("date", "startTime")));
        Map<Long, SessionView.Counts> c = counts.of(found.getContent());
        return PageResponse.of(found, s -> SessionView.of(s, c.get(s.getId())));
    }

    /** One session with its counts; 404 when missing. */
    @Transactional(readOnly = true)
    public SessionView get(long id) {
        ClassSession s = sessions.findDetailed(id).orElseThrow(() -> ApiException.notFound("session", id));
        return SessionView.of(s, counts.of(List.of(s)).get(id));
    }

    @Transactional
    SessionView createAdHoc(SessionRequests.AdHoc r) {
        if (!r.startTime().isBefore(r.endTime())) {
            throw ApiException.invalid("endTime", "must be after startTime");
        }
        ClassSession s = new ClassSession(null,
                classes.findById(r.classId()).orElseThrow(() -> ApiException.invalid("classId", "does not exist")),
                subjects.findById(r.subjectId()).orElseThrow(() -> ApiException.invalid("subjectId", "does not exist")),
                teachers.findById(r.teacherId()).orElseThrow(() -> ApiException.invalid("teacherId", "does not exist")),
                r.roomId() == null ? null
                        : rooms.findById(r.roomId()).orElseThrow(() -> ApiException.invalid("roomId",
                                "does not exist")),
                r.date(), r.startTime(), r.endTime());
        sessions.save(s);
        audit.record("CREATE", "session", s.getId(), null, r, "ad hoc");
        return get(s.getId());
    }

    /** Opens a SCHEDULED session (opening an OPEN one changes nothing); a CLOSED one needs reopen. */
    @Transactional
    public SessionView open(long id) {
        ClassSession s = locked(id);
        if (s.getStatus() == SessionStatus.CLOSED) {
            throw new ApiException(HttpStatus.CONFLICT, "session-closed", "The session is closed; reopen it instead");
        }
        if (s.getStatus() == SessionStatus.SCHEDULED) {
            s.open(clock.instant());
            audit.record("OPEN", "session", id, SessionStatus.SCHEDULED, SessionStatus.OPEN, null);
        }
        return get(id);
    }

    /** Closes the session; every student without a record becomes ABSENT. Closing twice changes nothing. */
    @Transactional
    public SessionView close(long id) {
        ClassSession s = locked(id);
        if (s.getStatus() != SessionStatus.CLOSED) {
            Instant now = clock.instant();
            SessionStatus before = s.getStatus();
            s.close(now);
            List<Long> roster = students.rosterIds(s.getSchoolClass().getId());
            int absent = roster.isEmpty() ? 0 : jdbc.sql("""
                    insert into attendance_records (session_id, student_id, status, source, changed_by, changed_at, auto_absent)
                    select :id, st.id, :absent, :manual, :actor, :now, true
                    from unnest(cast(array[:students] as bigint[])) as st(id)
                    on conflict (session_id, student_id) do nothing""")
                    .param("id", id).param("absent", AttendanceStatus.ABSENT.name())
                    .param("manual", Source.MANUAL.name()).param("actor", AuditLog.currentActor())
                    .param("now", Timestamp.from(now)).param("students", roster).update();
            audit.record("CLOSE", "session", id, before, SessionStatus.CLOSED, absent + " unmarked marked ABSENT");
        }
        return get(id);
    }

    /** Reopens a CLOSED session within the reopen window; the ABSENTs written by closing are removed. */
    @Transactional
    public SessionView reopen(long id) {
        ClassSession s = locked(id);
        if (s.getStatus() != SessionStatus.CLOSED) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "Only a closed session can be reopened");
        }
        if (s.getClosedAt().plus(rules.reopenWindow()).isBefore(clock.instant())) {
            throw new ApiException(HttpStatus.CONFLICT, "reopen-window-passed",
                    "The session was closed more than " + rules.reopenWindow().toHours() + " h ago");
        }
        int removed = jdbc.sql("delete from attendance_records where session_id = :id and auto_absent")
                .param("id", id).update();
        s.open(clock.instant());
        audit.record("REOPEN", "session", id, SessionStatus.CLOSED, SessionStatus.OPEN,
                removed + " automatic ABSENT removed");
        return get(id);
    }

    @Transactional(readOnly = true)
    List<RosterRow> roster(long id) {
        PendingReviews reviews = pending.getIfAvailable();
        Set<Long> pendingStudents = reviews == null ? Set.of() : reviews.pendingStudents(id);
        return rosters.roster(id, pendingStudents);
    }

    @Transactional
    void delete(long id, boolean cascade) {
        ClassSession s = sessions.findById(id).orElseThrow(() -> ApiException.notFound("session", id));
        long records = jdbc.sql("select count(*) from attendance_records where session_id = :id").param("id", id)
                .query(Long.class).single();
        if (records > 0 && !cascade) {
            throw ApiException.inUse("The session has " + records
                    + " attendance records; delete with ?cascade=true to remove them too");
        }
        audit.record("DELETE", "session", id, s.getDate() + " " + s.getStartTime(), null, cascade ? "cascade" : null);
        sessions.delete(s);
    }

    private ClassSession locked(long id) {
        return sessions.findForUpdate(id).orElseThrow(() -> ApiException.notFound("session", id));
    }
}
