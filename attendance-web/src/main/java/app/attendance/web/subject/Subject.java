package app.attendance.web.subject;

/** A subject as {@code /api/subjects} returns it. */
public record Subject(Long id, String code, String name, String color) {
}
