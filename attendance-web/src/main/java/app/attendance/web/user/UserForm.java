package app.attendance.web.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The new-user form. A teacher's sign-in is linked by choosing the teacher, a student's by their
 * student code, which the page turns into the student's id ({@code studentId} carries the API's
 * errors about that link).
 */
record UserForm(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]*", message = "{form.usernameChars}") String username,
        @NotNull @Pattern(regexp = "ADMIN|TEACHER|STUDENT") String role,
        @NotBlank @Size(min = 8, max = 200) String password,
        Long teacherId,
        String studentCode,
        Long studentId,
        Boolean enabled) {

    UserForm {
        enabled = enabled == null || enabled;
        studentCode = studentCode == null || studentCode.isBlank() ? null : studentCode.trim();
    }

    static UserForm blank() {
        return new UserForm("", "TEACHER", "", null, null, null, true);
    }

    /** The API body: only the link the role needs. */
    UserClient.Create toRequest(Long resolvedStudentId) {
        return new UserClient.Create(username.trim(), password, role, "TEACHER".equals(role) ? teacherId : null,
                "STUDENT".equals(role) ? resolvedStudentId : null, enabled);
    }
}
