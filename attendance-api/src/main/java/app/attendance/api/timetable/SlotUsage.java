package app.attendance.api.timetable;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Timetable slots refer to classes, rooms, teachers and subjects: a class's slots are deleted with it (after its
 * sessions); a room, teacher or subject with slots is kept.
 */
@Component
@Order(3)
class SlotUsage extends LessonUsage {

    SlotUsage(JdbcClient jdbc) {
        super(jdbc, "timetable_slots");
    }
}
