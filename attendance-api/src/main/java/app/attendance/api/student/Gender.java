package app.attendance.api.student;

/** A student's gender as recorded by the school. */
public enum Gender {
    FEMALE, MALE, OTHER
}
