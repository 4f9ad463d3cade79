package app.attendance.web.live;

import java.time.Instant;

/** An uncertain recognition waiting for the teacher ({@code GET /api/sessions/{id}/pending}). */
public record PendingMatch(Long id, Long studentId, String studentName, Double similarity, String runnerUpName,
                           Double runnerUpSimilarity, Instant seenAt) {
}
