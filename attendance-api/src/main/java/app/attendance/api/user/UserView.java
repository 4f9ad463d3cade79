package app.attendance.api.user;

/** A user on the wire (docs/api.md "User"). */
public record UserView(long id, String username, Role role, String displayName, Long teacherId,
        Long studentId, boolean enabled) {
}
