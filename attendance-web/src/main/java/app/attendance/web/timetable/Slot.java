package app.attendance.web.timetable;

import java.time.LocalDate;
import java.time.LocalTime;

/** A timetable slot as {@code /api/timetable} returns it. */
public record Slot(Long id, Long classId, String className, Long subjectId, String subjectCode, String subjectName,
        String subjectColor, Long teacherId, String teacherName, Long roomId, String roomName, String weekday,
        LocalTime startTime, LocalTime endTime, LocalDate validFrom, LocalDate validTo) {
}
