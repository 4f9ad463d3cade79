package app.attendance.web.live;

import java.time.Instant;

/**
 * An uncertain recognition waiting for the teacher ({@code GET /api/sessions/{id}/pending});
 * {@code reason}: POSSIBLE_PHOTO, LOW_SIMILARITY, AMBIGUOUS, NO_LIVENESS_CHECK or null.
 */
public record PendingMatch(Long id, Long studentId, String studentName, Double similarity, String runnerUpName,
        Double runnerUpSimilarity, Instant seenAt, String reason) {
}
