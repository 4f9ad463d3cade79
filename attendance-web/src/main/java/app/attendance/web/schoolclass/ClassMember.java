package app.attendance.web.schoolclass;

/** A student of a class as the class page lists it (a view of {@code /api/students?classId=&active=true}). */
public record ClassMember(Long id, String studentCode, String fullName, String enrolmentStatus) {

    public boolean enrolled() {
        return "ENROLLED".equals(enrolmentStatus);
    }
}
