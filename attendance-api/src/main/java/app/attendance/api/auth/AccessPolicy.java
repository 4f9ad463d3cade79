package app.attendance.api.auth;

import app.attendance.api.user.CurrentUser;
import app.attendance.api.system.ApiException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Row-level rules on top of the route roles: ADMIN may do everything; a TEACHER only touches the
 * classes they are homeroom teacher of or teach in a timetable slot, and the sessions they teach or
 * that belong to such a class; a STUDENT only reads their own record. Throws 403/404 ProblemDetails.
 * What it needs to know about classes, slots, sessions and students it asks the features that own
 * those tables ({@link TeachingAssignments}, {@link SessionOwnership}, {@link StudentPlacement}).
 */
@Component
public class AccessPolicy {

    private final List<TeachingAssignments> teaching;
    private final SessionOwnership sessions;
    private final StudentPlacement students;

    AccessPolicy(List<TeachingAssignments> teaching, SessionOwnership sessions, StudentPlacement students) {
        this.teaching = List.copyOf(teaching);
        this.sessions = sessions;
        this.students = students;
    }

    /** The teacher id whose classes bound a listing, or null when the caller is not restricted (admin). */
    public Long teacherScope() {
        CurrentUser me = CurrentUser.get();
        if (me.isAdmin()) {
            return null;
        }
        if (me.isTeacher() && me.teacherId() != null) {
            return me.teacherId();
        }
        throw ApiException.forbidden("You may not list these records");
    }

    /** Whether the teacher is homeroom teacher of the class or teaches it in some slot. */
    public boolean teacherHasClass(long teacherId, long classId) {
        return teaching.stream().anyMatch(t -> t.teaches(teacherId, classId));
    }

    /** The classes a teacher is homeroom teacher of or teaches in some slot. */
    public Set<Long> teacherClassIds(long teacherId) {
        Set<Long> ids = new HashSet<>();
        teaching.forEach(t -> ids.addAll(t.classIds(teacherId)));
        return ids;
    }

    /** Requires access to a class (admin, or a teacher of it). */
    public void requireClass(long classId) {
        CurrentUser me = CurrentUser.get();
        if (me.isAdmin()) {
            return;
        }
        if (me.isTeacher() && me.teacherId() != null && teacherHasClass(me.teacherId(), classId)) {
            return;
        }
        throw ApiException.forbidden("This class is not one of yours");
    }

    /** Requires access to a session (admin, its teacher, or a teacher of its class); 404 when missing. */
    public void requireSession(long sessionId) {
        SessionOwnership.Owner owner = sessions.ownerOf(sessionId).orElseThrow(() -> ApiException.notFound("session",
                sessionId));
        CurrentUser me = CurrentUser.get();
        if (me.isAdmin()) {
            return;
        }
        if (me.isTeacher() && me.teacherId() != null
                && (me.teacherId() == owner.teacherId() || teacherHasClass(me.teacherId(), owner.classId()))) {
            return;
        }
        throw ApiException.forbidden("This session is not one of yours");
    }

    /** Requires read access to a student (admin, a teacher of the student's class, or the student); 404 when missing. */
    public void requireStudentRead(long studentId) {
        Long classId = students.classOf(studentId).orElseThrow(() -> ApiException.notFound("student", studentId));
        CurrentUser me = CurrentUser.get();
        if (me.isAdmin() || (me.isStudent() && Long.valueOf(studentId).equals(me.studentId()))) {
            return;
        }
        if (me.isTeacher() && me.teacherId() != null && teacherHasClass(me.teacherId(), classId)) {
            return;
        }
        throw ApiException.forbidden("This student is not one of yours");
    }
}
