package app.attendance.api.attendance;

import app.attendance.api.room.RoomReferences;
import app.attendance.api.schoolclass.ClassReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sessions refer to classes and rooms: a class's sessions are deleted with it (their records go too); a room with sessions is kept. */
@Component
@Order(2)
class SessionUsage implements ClassReferences, RoomReferences {

    private final JdbcClient jdbc;

    SessionUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long classUses(long classId) {
        return jdbc.sql("select count(*) from sessions where class_id = :id").param("id", classId).query(Long.class)
                .single();
    }

    @Override
    public void removeClassUses(long classId) {
        jdbc.sql("delete from sessions where class_id = :id").param("id", classId).update();
    }

    @Override
    public long roomUses(long roomId) {
        return jdbc.sql("select count(*) from sessions where room_id = :id").param("id", roomId).query(Long.class)
                .single();
    }
}
