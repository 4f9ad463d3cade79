package app.attendance.api.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the timetable slot running in a room or class at a time of a date, for the sessions that
 * devices generate from the timetable.
 */
@Component
public class RunningSlots {

    /** A slot's lesson: what a session generated from it copies. */
    public record SlotLesson(long id, long classId, long subjectId, long teacherId, Long roomId, LocalTime start,
            LocalTime end) {
    }

    private final JdbcClient jdbc;

    RunningSlots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The earliest slot valid on {@code date} (its weekday) that starts at or before {@code latestStart}
     * and ends after {@code time}, in the room or else the class given (either may be null).
     */
    public Optional<SlotLesson> running(LocalDate date, LocalTime time, LocalTime latestStart, Long roomId,
            Long classId) {
        return jdbc.sql("""
                select id, class_id, subject_id, teacher_id, room_id, start_time, end_time from timetable_slots
                where weekday = :weekday and valid_from <= :date and valid_to >= :date
                  and start_time <= :latestStart and end_time > :time
                  and ((cast(:room as bigint) is not null and room_id = :room)
                       or (cast(:class as bigint) is not null and class_id = :class))
                order by start_time, id limit 1""")
                .param("weekday", date.getDayOfWeek().name()).param("date", date)
                .param("time", time).param("latestStart", latestStart)
                .param("room", roomId).param("class", classId)
                .query((rs, n) -> new SlotLesson(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        (Long) rs.getObject(5), rs.getObject(6, LocalTime.class), rs.getObject(7, LocalTime.class)))
                .optional();
    }
}
