package app.attendance.api.attendance;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by the recognition feature (uncertain matches awaiting a teacher's confirmation) so
 * that session counts and rosters show them. Without an implementation nothing is pending.
 */
public interface PendingReviews {

    /** Number of pending reviews per session id (absent = 0). */
    Map<Long, Long> countPending(Collection<Long> sessionIds);

    /** Students of the session with a pending review. */
    Set<Long> pendingStudents(long sessionId);
}
