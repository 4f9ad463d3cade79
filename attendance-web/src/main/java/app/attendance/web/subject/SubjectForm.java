package app.attendance.web.subject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The subject form, also the body of POST/PUT {@code /api/subjects}. */
record SubjectForm(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{form.codeChars}") String code,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "#[0-9a-fA-F]{6}") String color) {

    static SubjectForm empty() {
        return new SubjectForm("", "", "#1e88e5");
    }

    static SubjectForm of(Subject s) {
        return new SubjectForm(s.code(), s.name(), s.color() == null ? "#1e88e5" : s.color());
    }
}
