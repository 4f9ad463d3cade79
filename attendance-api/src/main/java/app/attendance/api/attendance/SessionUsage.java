package app.attendance.api.attendance;

import app.attendance.api.timetable.LessonUsage;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sessions refer to classes, rooms, teachers and subjects: a class's sessions are deleted with it (their records go
 * too); a room, teacher or subject with sessions is kept.
 */
@Component
@Order(2)
class SessionUsage extends LessonUsage {

    SessionUsage(JdbcClient jdbc) {
        super(jdbc, "sessions");
    }
}
