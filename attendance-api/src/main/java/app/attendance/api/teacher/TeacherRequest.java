package app.attendance.api.teacher;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Create or update a teacher; {@code username}/{@code password} create or change the teacher's login. */
record TeacherRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]+",
                message = "letters, digits, _ . - only") String employeeCode,
        @NotBlank @Size(max = 160) String fullName,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+() .-]*", message = "must be a phone number") String phone,
        @Size(max = 50) List<@NotNull Long> subjectIds,
        @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]+",
                message = "letters, digits, _ . @ - only") String username,
        @Size(min = 8, max = 200) String password) {
}
