package app.attendance.api.attendance.recognition;

/** Why a face was queued for the teacher, or how a mark was reached; shown next to the face. */
public enum ReviewReason {
    /** Recognised, but the liveness model doubts that the face is live: the teacher looks. */
    POSSIBLE_PHOTO,
    /** Recognised only just above the match threshold. */
    LOW_SIMILARITY,
    /** Almost as similar to another student. */
    AMBIGUOUS,
    /** Marked (or, in strict mode, queued) on recognition over frames alone: the face is too small
     *  for the liveness model, and the teacher in the room is the check. */
    NO_LIVENESS_CHECK,
    /** Unattended device: the face is too far away for the liveness check. */
    COME_CLOSER
}
