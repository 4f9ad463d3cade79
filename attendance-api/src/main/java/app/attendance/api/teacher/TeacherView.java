package app.attendance.api.teacher;

import app.attendance.api.subject.Subject;
import java.util.Comparator;
import java.util.List;

/** A teacher on the wire, with the subjects taught and the login's username. */
record TeacherView(long id, String employeeCode, String fullName, String email, String phone,
        List<Long> subjectIds, List<SubjectRef> subjects, String username) {

    /** A subject as shown inside a teacher. */
    record SubjectRef(long id, String code, String name) {
    }

    static TeacherView of(Teacher t, String username) {
        List<Subject> sorted = t.getSubjects().stream().sorted(Comparator.comparing(Subject::getCode)).toList();
        return new TeacherView(t.getId(), t.getEmployeeCode(), t.getFullName(), t.getEmail(), t.getPhone(),
                sorted.stream().map(Subject::getId).toList(),
                sorted.stream().map(s -> new SubjectRef(s.getId(), s.getCode(), s.getName())).toList(), username);
    }
}
