package app.attendance.web.session;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The ad-hoc session form, also the body of {@code POST /api/sessions}. The room is optional. */
record SessionForm(
        @NotNull Long classId,
        @NotNull Long subjectId,
        @NotNull Long teacherId,
        Long roomId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime) {

    /** Whether the end lies after the start (unknown times count as fine; @NotNull reports them). */
    boolean endsAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    /** A 45-minute lesson on {@code date} from the next quarter hour after {@code now}. */
    static SessionForm blank(LocalDate date, LocalTime now, Long teacherId) {
        int minutes = (now.getHour() * 60 + now.getMinute() + 14) / 15 * 15;
        LocalTime start = minutes >= 23 * 60 ? LocalTime.of(23, 0) : LocalTime.of(minutes / 60, minutes % 60);
        LocalTime end = start.plusMinutes(45).isBefore(start) ? LocalTime.of(23, 59) : start.plusMinutes(45);
        return new SessionForm(null, null, teacherId, null, date, start, end);
    }

    /** The same form for another teacher (a teacher always creates sessions for themselves). */
    SessionForm forTeacher(Long teacher) {
        return new SessionForm(classId, subjectId, teacher, roomId, date, startTime, endTime);
    }
}
