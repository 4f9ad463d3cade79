package app.attendance.api.device;

import app.attendance.api.room.RoomReferences;
import app.attendance.api.schoolclass.ClassReferences;
import app.attendance.api.system.TableRows;
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
    private final TableRows devices;

    DeviceUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.devices = new TableRows(jdbc, "devices");
    }

    @Override
    public long classUses(long classId) {
        return devices.count("class_id", classId);
    }

    @Override
    public void removeClassUses(long classId) {
        jdbc.sql("update devices set class_id = null where class_id = :id and room_id is not null")
                .param("id", classId).update();
        devices.delete("class_id", classId);
    }

    @Override
    public long roomUses(long roomId) {
        return devices.count("room_id", roomId);
    }
}
