package app.attendance.api.room;

/** A room on the wire. */
record RoomView(long id, String name, Integer capacity) {

    static RoomView of(Room r) {
        return new RoomView(r.getId(), r.getName(), r.getCapacity());
    }
}
