package app.attendance.api.attendance;

/**
 * Where an attendance mark came from: a teacher's webcam, a fixed device, a person, or the student
 * scanning the session's rotating QR code.
 */
public enum Source {
    CAMERA, DEVICE, MANUAL, QR
}
