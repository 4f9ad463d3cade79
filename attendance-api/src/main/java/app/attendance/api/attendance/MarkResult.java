package app.attendance.api.attendance;

/**
 * What a camera or device sighting did: the outcome, the student's status after it (null when
 * nothing was recorded) and the record's id (null when there is none).
 */
public record MarkResult(Outcome outcome, AttendanceStatus status, Long recordId) {

    /** The possible outcomes of {@link AttendanceMarking#markSeen}. */
    public enum Outcome {
        /** A new record, PRESENT. */
        NEW_PRESENT,
        /** A new record, LATE. */
        NEW_LATE,
        /** Already marked by a camera or device earlier; unchanged. */
        ALREADY_MARKED,
        /** A person set the status by hand; the sighting does not change it. */
        MANUAL_KEPT,
        /** The session is SCHEDULED or CLOSED. */
        SESSION_NOT_OPEN,
        /** Seen before the early window or after the end of the session. */
        OUTSIDE_WINDOW,
        /** The student is not in the session's class; never marked. */
        NOT_ON_ROSTER;

        /** True when this sighting created the record. */
        public boolean isNew() {
            return this == NEW_PRESENT || this == NEW_LATE;
        }
    }
}
