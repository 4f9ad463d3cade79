package app.attendance.web.checkin;

import java.time.Instant;

/** The current check-in code of a session ({@code GET /api/sessions/{id}/checkin-code}). */
public record CheckinCode(String code, Instant expiresAt, long rotatesEvery) {
}
