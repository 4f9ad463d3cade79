package app.attendance.api.importing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One teacher row of a CSV import, checked with the same rules as the REST body. */
record TeacherRow(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]+",
                message = "letters, digits, _ . - only") String employeeCode,
        @NotBlank @Size(max = 160) String fullName,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[0-9+() .-]*", message = "must be a phone number") String phone) {
}
