package app.attendance.api.attendance;

/** Where an attendance mark came from: a teacher's webcam, a fixed device, or a person. */
public enum Source {
    CAMERA, DEVICE, MANUAL
}
