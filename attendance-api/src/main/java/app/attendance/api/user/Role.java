package app.attendance.api.user;

/** What a signed-in user may do: ADMIN everything, TEACHER own classes, STUDENT own record. */
public enum Role {
    ADMIN, TEACHER, STUDENT;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
