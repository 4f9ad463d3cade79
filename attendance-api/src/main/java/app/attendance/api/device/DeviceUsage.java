package app.attendance.api.device;

import app.attendance.api.room.RoomReferences;
import app.attendance.api.schoolclass.ClassReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Camera devices refer to classes and rooms: when a class goes, a device that also hangs in a room stays
 * there and the others are deleted; a room with devices is kept.
 */
@Component
@Order(4)
class DeviceUsage implements ClassReferences, RoomReferences {

    private final JdbcClient jdbc;

    DeviceUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long classUses(long classId) {
        return jdbc.sql("select count(*) from devices where class_id = :id").param("id", classId).query(Long.class)
                .single();
    }

    @Override
    public void removeClassUses(long classId) {
        jdbc.sql("update devices set class_id = null where class_id = :id and room_id is not null")
                .param("id", classId).update();
        jdbc.sql("delete from devices where class_id = :id").param("id", classId).update();
    }

    @Override
    public long roomUses(long roomId) {
        return jdbc.sql("select count(*) from devices where room_id = :id").param("id", roomId).query(Long.class)
                .single();
    }
}
