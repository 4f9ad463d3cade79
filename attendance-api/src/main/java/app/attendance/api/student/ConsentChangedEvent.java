package app.attendance.api.student;

/** Published when a student's biometric consent is given or withdrawn (withdrawn → delete face data). */
public record ConsentChangedEvent(long studentId, boolean given) {
}
