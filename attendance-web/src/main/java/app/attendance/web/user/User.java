package app.attendance.web.user;

/** A sign-in as {@code /api/users} returns it; the display name is the linked teacher's or student's. */
public record User(Long id, String username, String role, String displayName, Long teacherId, Long studentId,
        boolean enabled) {
}
