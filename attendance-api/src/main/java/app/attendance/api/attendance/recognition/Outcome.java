package app.attendance.api.attendance.recognition;

/** What happened to one face of a frame, as the teacher's screen shows it. */
public enum Outcome {
    /** Marked now (PRESENT or LATE). */
    MARKED,
    /** The student already has a record in this session; nothing changed. */
    ALREADY_MARKED,
    /** Recognised once; waiting for an agreeing frame. */
    CONFIRMING,
    /** Uncertain match waiting for the teacher (a pending match). */
    NEEDS_CONFIRMATION,
    /** Nobody enrolled. */
    UNKNOWN,
    /** A student of another class. */
    OTHER_CLASS,
    /** Failed liveness where liveness is enforced (a device, or strict mode): never marked. */
    SPOOF,
    /** On a device: too far away for the liveness check; the screen says "come closer". */
    TOO_SMALL
}
