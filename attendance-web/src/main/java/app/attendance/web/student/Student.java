package app.attendance.web.student;

import java.time.LocalDate;

/** A student as {@code /api/students} returns it. */
public record Student(Long id, String studentCode, String fullName, Long classId, String className, String gender,
        LocalDate dateOfBirth, String guardianName, String guardianPhone, String guardianEmail,
        boolean consentGiven, LocalDate consentDate, String enrolmentStatus, Integer photoCount, Boolean active) {

    /** A student who left the school roster (an older API that sends no flag means active). */
    public boolean inactive() {
        return Boolean.FALSE.equals(active);
    }

    public boolean enrolled() {
        return "ENROLLED".equals(enrolmentStatus);
    }
}
