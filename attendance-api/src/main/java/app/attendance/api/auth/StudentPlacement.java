package app.attendance.api.auth;

import java.util.Optional;

/**
 * The class a student belongs to, answered by the feature that owns students (so
 * {@link AccessPolicy} does not read their table).
 */
public interface StudentPlacement {

    /** The student's class, empty when there is no such student. */
    Optional<Long> classOf(long studentId);
}
