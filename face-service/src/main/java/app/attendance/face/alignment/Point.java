package app.attendance.face.alignment;

/** A point in frame pixels. */
public record Point(float x, float y) {
}
