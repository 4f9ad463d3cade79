package app.attendance.api.room;

/** A feature whose rows refer to rooms (timetable slots, sessions, devices): a room in use is not deleted. */
public interface RoomReferences {

    /** How many of this feature's rows refer to the room. */
    long roomUses(long roomId);
}
