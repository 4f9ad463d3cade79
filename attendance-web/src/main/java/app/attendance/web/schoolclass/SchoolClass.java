package app.attendance.web.schoolclass;

/** A class as {@code /api/classes} returns it. */
public record SchoolClass(Long id, String name, Integer grade, Long homeroomTeacherId, String homeroomTeacherName,
        Integer studentCount) {
}
