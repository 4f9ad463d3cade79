package app.attendance.api.schoolclass;

/**
 * A feature whose rows refer to classes (students, timetable slots, sessions, devices). Deleting a
 * class asks each one how many rows refer to it and, with {@code cascade}, has each remove its own
 * rows inside the deleting transaction, in {@link org.springframework.core.annotation.Order} order.
 * Each table stays with the feature that owns it.
 */
public interface ClassReferences {

    /** How many of this feature's rows refer to the class. */
    long classUses(long classId);

    /** Removes or detaches this feature's rows that refer to the class (called within a transaction). */
    void removeClassUses(long classId);
}
