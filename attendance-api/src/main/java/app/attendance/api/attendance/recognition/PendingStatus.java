package app.attendance.api.attendance.recognition;

/**
 * Where a pending match stands ({@code pending_matches.status}): waiting for the teacher, confirmed
 * (the student was marked) or rejected (not this student; the same face is not asked about again).
 */
public enum PendingStatus {
    OPEN, CONFIRMED, REJECTED
}
