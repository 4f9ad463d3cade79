package app.attendance.web.student;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The student form, also the body of POST/PUT {@code /api/students}. */
record StudentForm(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{form.codeChars}") String studentCode,
        @NotBlank @Size(max = 160) String fullName,
        @NotNull Long classId,
        @Pattern(regexp = "FEMALE|MALE|OTHER") String gender,
        @Past @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
        @Size(max = 160) String guardianName,
        @Pattern(regexp = "[0-9 +().-]{0,40}", message = "{form.phone}") String guardianPhone,
        @Email @Size(max = 254) String guardianEmail,
        @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]*",
                message = "{form.usernameChars}") String username,
        @Size(min = 8, max = 200) String password) {

    StudentForm {
        gender = blankToNull(gender);
        guardianName = blankToNull(guardianName);
        guardianPhone = blankToNull(guardianPhone);
        guardianEmail = blankToNull(guardianEmail);
        username = blankToNull(username);
        password = blankToNull(password);
    }

    static StudentForm empty(Long classId) {
        return new StudentForm("", "", classId, null, null, null, null, null, null, null);
    }

    static StudentForm of(Student s) {
        return new StudentForm(s.studentCode(), s.fullName(), s.classId(), s.gender(), s.dateOfBirth(),
                s.guardianName(), s.guardianPhone(), s.guardianEmail(), null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
