package app.attendance.api.auth;

import java.util.Optional;

/**
 * Who teaches a session and which class it belongs to, answered by the feature that owns sessions
 * (so {@link AccessPolicy} does not read their table).
 */
public interface SessionOwnership {

    /** The session's teacher and class. */
    record Owner(long teacherId, long classId) {
    }

    /** The session's teacher and class, empty when there is no such session. */
    Optional<Owner> ownerOf(long sessionId);
}
