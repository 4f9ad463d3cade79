package app.attendance.web.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, also the body of {@code POST /api/users/{id}/password}. */
record PasswordForm(@NotBlank @Size(min = 8, max = 200) String password) {
}
