package app.attendance.web.teacher;

import java.util.List;

/** A teacher as {@code /api/teachers} returns it. */
public record Teacher(Long id, String employeeCode, String fullName, String email, String phone, List<Long> subjectIds,
        List<SubjectRef> subjects, String username) {

    public Teacher {
        subjectIds = subjectIds == null ? List.of() : subjectIds;
        subjects = subjects == null ? List.of() : subjects;
    }

    /** A subject the teacher teaches. */
    public record SubjectRef(Long id, String code, String name) {
    }
}
