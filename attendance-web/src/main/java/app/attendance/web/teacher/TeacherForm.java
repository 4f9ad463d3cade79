package app.attendance.web.teacher;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The teacher form, also the body of POST/PUT {@code /api/teachers}. A username and password,
 * when given, create the teacher's sign-in.
 */
record TeacherForm(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]*",
                message = "{form.codeChars}") String employeeCode,
        @NotBlank @Size(max = 160) String fullName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "[0-9 +().-]{0,40}", message = "{form.phone}") String phone,
        List<Long> subjectIds,
        @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]*",
                message = "{form.usernameChars}") String username,
        @Size(min = 8, max = 200) String password) {

    TeacherForm {
        subjectIds = subjectIds == null ? List.of() : subjectIds;
        email = blankToNull(email);
        phone = blankToNull(phone);
        username = blankToNull(username);
        password = blankToNull(password);
    }

    static TeacherForm of(Teacher t) {
        return new TeacherForm(t.employeeCode(), t.fullName(), t.email(), t.phone(), t.subjectIds(), t.username(),
                null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
