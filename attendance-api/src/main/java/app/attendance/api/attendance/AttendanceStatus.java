package app.attendance.api.attendance;

/** A student's attendance in one session. */
public enum AttendanceStatus {
    PRESENT, LATE, ABSENT, EXCUSED
}
