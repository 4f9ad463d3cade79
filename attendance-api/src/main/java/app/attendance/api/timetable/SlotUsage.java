package app.attendance.api.timetable;

import app.attendance.api.room.RoomReferences;
import app.attendance.api.schoolclass.ClassReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Timetable slots refer to classes and rooms: a class's slots are deleted with it (after its sessions); a room with slots is kept. */
@Component
@Order(3)
class SlotUsage implements ClassReferences, RoomReferences {

    private final JdbcClient jdbc;

    SlotUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long classUses(long classId) {
        return jdbc.sql("select count(*) from timetable_slots where class_id = :id").param("id", classId).query(
                Long.class).single();
    }

    @Override
    public void removeClassUses(long classId) {
        jdbc.sql("delete from timetable_slots where class_id = :id").param("id", classId).update();
    }

    @Override
    public long roomUses(long roomId) {
        return jdbc.sql("select count(*) from timetable_slots where room_id = :id").param("id", roomId).query(
                Long.class).single();
    }
}
