package app.attendance.api.teacher;

/**
 * A feature whose rows refer to teachers (classes by their homeroom teacher, timetable slots, sessions): a
 * teacher in use is not deleted. Each table stays with the feature that owns it.
 */
public interface TeacherReferences {

    /** How many of this feature's rows refer to the teacher. */
    long teacherUses(long teacherId);
}
