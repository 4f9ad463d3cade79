package app.attendance.api.attendance.recognition;

/** How a teacher-attended session treats liveness. */
public enum AttendedLiveness {
    /** Liveness is evidence: doubtful faces go to the teacher, small faces are marked on recognition. */
    EVIDENCE,
    /** As strict as a kiosk: doubtful faces are refused, small faces go to the teacher. */
    STRICT
}
