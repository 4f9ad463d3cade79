package app.attendance.web.session;

/** Where a session stands, as the API's {@code status} names it: SCHEDULED → OPEN → CLOSED (→ OPEN again). */
public enum SessionStatus {
    SCHEDULED, OPEN, CLOSED
}
