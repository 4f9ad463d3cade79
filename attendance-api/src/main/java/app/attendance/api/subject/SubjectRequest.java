package app.attendance.api.subject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or update a subject. */
record SubjectRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]+",
                message = "letters, digits, _ . - only") String code,
        @NotBlank @Size(max = 120) String name,
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a colour like #1e88e5") String color) {
}
