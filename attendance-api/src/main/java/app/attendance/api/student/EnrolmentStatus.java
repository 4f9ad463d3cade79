package app.attendance.api.student;

/** Whether a student has at least one accepted face photo in face-service. */
public enum EnrolmentStatus {
    NONE, ENROLLED
}
