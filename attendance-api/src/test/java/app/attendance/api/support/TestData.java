package app.attendance.api.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts rows with plain SQL for test set-up, with unique names so tests sharing one database
 * never collide.
 */
public final class TestData {

    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long teacher() {
        return jdbc.sql("insert into teachers (employee_code, full_name) values (:c, :n) returning id")
                .param("c", unique("T")).param("n", unique("Teacher")).query(Long.class).single();
    }

    public long subject() {
        return jdbc.sql("insert into subjects (code, name) values (:c, :n) returning id")
                .param("c", unique("S")).param("n", unique("Subject")).query(Long.class).single();
    }

    public long room() {
        return jdbc.sql("insert into rooms (name) values (:n) returning id")
                .param("n", unique("R")).query(Long.class).single();
    }

    public long schoolClass(Long homeroomTeacherId) {
        return jdbc.sql("insert into classes (name, grade, homeroom_teacher_id) values (:n, 10, :t) returning id")
                .param("n", unique("C")).param("t", homeroomTeacherId).query(Long.class).single();
    }

    public long student(long classId) {
        return jdbc.sql("insert into students (student_code, full_name, class_id) values (:c, :n, :k) returning id")
                .param("c", unique("ST")).param("n", unique("Student")).param("k", classId)
                .query(Long.class).single();
    }

    /**
     * An OPEN session of the class that started {@code minutesSinceStart} minutes ago on the
     * school's clock and lasts 90 minutes (cut at midnight).
     */
    public long openSessionNow(java.time.Clock clock, java.time.ZoneId zone, long classId, long subjectId,
            long teacherId, int minutesSinceStart) {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock).withZoneSameInstant(zone);
        LocalTime start = now.toLocalTime().minusMinutes(minutesSinceStart).withNano(0);
        LocalTime end = start.plusMinutes(90).isBefore(start) ? LocalTime.of(23, 59, 59) : start.plusMinutes(90);
        return session(classId, subjectId, teacherId, null, now.toLocalDate(), start, end, "OPEN");
    }

    public long session(long classId, long subjectId, long teacherId, Long roomId, LocalDate date,
            LocalTime start, LocalTime end, String status) {
        return jdbc.sql("""
                insert into sessions (class_id, subject_id, teacher_id, room_id, session_date, start_time, end_time, status)
                values (:c, :s, :t, :r, :d, :st, :en, :status) returning id""")
                .param("c", classId).param("s", subjectId).param("t", teacherId).param("r", roomId)
                .param("d", date).param("st", start).param("en", end).param("status", status)
                .query(Long.class).single();
    }
}
