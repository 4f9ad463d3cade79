package app.attendance.api.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of {@code /api/users}. */
final class UserRequests {

    private UserRequests() {
    }

    /** {@code POST /api/users}. */
    record Create(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]+",
                    message = "letters, digits, _ . @ - only") String username,
            @NotBlank @Size(min = 8, max = 200) String password,
            @NotNull Role role, Long teacherId, Long studentId, Boolean enabled) {
    }

    /** {@code PUT /api/users/{id}}. */
    record Update(
            @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]+",
                    message = "letters, digits, _ . @ - only") String username,
            @NotNull Role role, Long teacherId, Long studentId, @NotNull Boolean enabled) {
    }

    /** {@code POST /api/users/{id}/password}. */
    record Password(@NotBlank @Size(min = 8, max = 200) String password) {
    }
}
