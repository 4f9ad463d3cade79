package app.attendance.web.student;

import java.time.LocalDate;

/** A student as {@code /api/students} returns it. */
public record Student(Long id, String studentCode, String fullName, Long classId, String className, String gender,
                      LocalDate dateOfBirth, String guardianName, String guardianPhone, String guardianEmail,
                      boolean consentGiven, LocalDate consentDate, String enrolmentStatus, Integer photoCount) {

    public boolean enrolled() {
        return "ENROLLED".equals(enrolmentStatus);
    }
}
