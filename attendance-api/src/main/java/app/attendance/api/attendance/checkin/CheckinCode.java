package app.attendance.api.attendance.checkin;

import java.time.Instant;

/**
 * The code a teacher shows ({@code GET /api/sessions/{id}/checkin-code}): the opaque {@code code},
 * when the next one replaces it ({@code expiresAt}) and the rotation period in seconds. A scan is
 * still accepted for one more period after {@code expiresAt}, for the delay between scan and send.
 */
public record CheckinCode(String code, Instant expiresAt, long rotatesEvery) {
}
