package app.attendance.web.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

/**
 * The user form, for a new user and for editing one. A teacher's sign-in is linked by choosing the
 * teacher, a student's by their student code, which the page turns into the student's id
 * ({@code studentId} carries the API's errors about that link). The password is only set here for
 * a new user ({@link Creating}); an existing user's password has its own page.
 */
record UserForm(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]*",
                message = "{form.usernameChars}") String username,
        @NotNull @Pattern(regexp = "ADMIN|TEACHER|STUDENT") String role,
        @NotBlank(groups = Creating.class) @Size(min = 8, max = 200, message = "{form.passwordLength}",
                groups = Creating.class) String password,
        Long teacherId,
        String studentCode,
        Long studentId,
        Boolean enabled) {

    /** The checks of a new user's form: the default ones plus the password. */
    interface Creating extends Default {
    }

    UserForm {
        enabled = enabled == null || enabled;
        studentCode = studentCode == null || studentCode.isBlank() ? null : studentCode.trim();
    }

    static UserForm blank() {
        return new UserForm("", "TEACHER", "", null, null, null, true);
    }

    /** The form of an existing user, whose linked student (if any) has the given code. */
    static UserForm of(User user, String studentCode) {
        return new UserForm(user.username(), user.role(), null, user.teacherId(), studentCode, user.studentId(),
                user.enabled());
    }

    /** The API body of a new user: only the link the role needs. */
    UserClient.Create toRequest(Long resolvedStudentId) {
        return new UserClient.Create(username.trim(), password, role, "TEACHER".equals(role) ? teacherId : null,
                "STUDENT".equals(role) ? resolvedStudentId : null, enabled);
    }

    /** The API body of an edited user: only the link the role needs, no password. */
    UserClient.Update toUpdate(Long resolvedStudentId) {
        return new UserClient.Update(username.trim(), role, "TEACHER".equals(role) ? teacherId : null,
                "STUDENT".equals(role) ? resolvedStudentId : null, enabled);
    }
}
