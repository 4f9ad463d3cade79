package app.attendance.web.timetable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The slot form, also the body of POST/PUT {@code /api/timetable}. */
record SlotForm(
        @NotNull Long classId,
        @NotNull Long subjectId,
        @NotNull Long teacherId,
        Long roomId,
        @NotNull @Pattern(regexp = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY") String weekday,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

    /** Whether the end lies after the start (unknown times count as fine; @NotNull reports them). */
    boolean endsAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    /** A new slot valid from today to the end of the school year (31 May). */
    static SlotForm blank(Long classId, String weekday, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(today.getMonthValue() >= 6 ? today.getYear() + 1 : today.getYear(), 5, 31);
        return new SlotForm(classId, null, null, null, weekday == null ? "MONDAY" : weekday, null, null, today,
                yearEnd);
    }

    static SlotForm of(Slot s) {
        return new SlotForm(s.classId(), s.subjectId(), s.teacherId(), s.roomId(), s.weekday(), s.startTime(),
                s.endTime(), s.validFrom(), s.validTo());
    }
}
