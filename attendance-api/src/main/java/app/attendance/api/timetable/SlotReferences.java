package app.attendance.api.timetable;

/**
 * A feature whose rows refer to timetable slots. Deleting a slot tells each one, inside the deleting
 * transaction, so that it tidies its own rows (sessions generated from the slot that never started).
 */
public interface SlotReferences {

    /** The slot is being deleted. */
    void slotDeleted(long slotId);
}
