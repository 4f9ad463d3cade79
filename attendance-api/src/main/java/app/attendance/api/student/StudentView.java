package app.attendance.api.student;

import java.time.LocalDate;

/** A student on the wire. */
record StudentView(long id, String studentCode, String fullName, long classId, String className, Gender gender,
        LocalDate dateOfBirth, String guardianName, String guardianPhone, String guardianEmail,
        boolean consentGiven, LocalDate consentDate, EnrolmentStatus enrolmentStatus, int photoCount,
        String username, boolean active) {

    static StudentView of(Student s, String username) {
        return new StudentView(s.getId(), s.getStudentCode(), s.getFullName(), s.getSchoolClass().getId(),
                s.getSchoolClass().getName(), s.getGender(), s.getDateOfBirth(), s.getGuardianName(),
                s.getGuardianPhone(), s.getGuardianEmail(), s.isConsentGiven(), s.getConsentDate(),
                s.getEnrolmentStatus(), s.getPhotoCount(), username, s.isActive());
    }
}
