package app.attendance.api.auth;

import java.util.Set;

/**
 * Which classes a teacher teaches, as far as one feature knows it: the classes feature knows
 * homeroom teachers, the timetable knows who teaches each slot. {@link AccessPolicy} asks every
 * implementation and a teacher teaches a class when any of them says so; each table stays with the
 * feature that owns it.
 */
public interface TeachingAssignments {

    /** Whether this feature's rows make the teacher a teacher of the class. */
    boolean teaches(long teacherId, long classId);

    /** The classes this feature's rows make the teacher a teacher of. */
    Set<Long> classIds(long teacherId);
}
