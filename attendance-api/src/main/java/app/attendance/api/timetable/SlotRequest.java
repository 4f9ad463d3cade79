package app.attendance.api.timetable;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** Create or update a timetable slot; the room is optional. */
record SlotRequest(@NotNull Long classId, @NotNull Long subjectId, @NotNull Long teacherId, Long roomId,
        @NotNull DayOfWeek weekday, @NotNull LocalTime startTime, @NotNull LocalTime endTime,
        @NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
}
