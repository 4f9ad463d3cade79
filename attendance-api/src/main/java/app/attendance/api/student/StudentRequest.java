package app.attendance.api.student;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Create or update a student; {@code username}/{@code password} create or change the student's login. */
record StudentRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]+",
                message = "letters, digits, _ . - only") String studentCode,
        @NotBlank @Size(max = 160) String fullName,
        @NotNull Long classId,
        Gender gender,
        @Past LocalDate dateOfBirth,
        @Size(max = 160) String guardianName,
        @Size(max = 40) @Pattern(regexp = "[0-9+() .-]*", message = "must be a phone number") String guardianPhone,
        @Email @Size(max = 254) String guardianEmail,
        Boolean consentGiven,
        LocalDate consentDate,
        @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]+",
                message = "letters, digits, _ . @ - only") String username,
        @Size(min = 8, max = 200) String password) {
}
