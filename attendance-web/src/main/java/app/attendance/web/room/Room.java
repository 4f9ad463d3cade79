package app.attendance.web.room;

/** A room as {@code /api/rooms} returns it. */
public record Room(Long id, String name, Integer capacity) {
}
