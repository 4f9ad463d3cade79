package app.attendance.api.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A timetable slot on the wire, with the names the timetable grid shows. */
record SlotView(long id, long classId, String className, long subjectId, String subjectCode, String subjectName,
        String subjectColor, long teacherId, String teacherName, Long roomId, String roomName, DayOfWeek weekday,
        LocalTime startTime, LocalTime endTime, LocalDate validFrom, LocalDate validTo) {

    static SlotView of(TimetableSlot s) {
        return new SlotView(s.getId(), s.getSchoolClass().getId(), s.getSchoolClass().getName(),
                s.getSubject().getId(), s.getSubject().getCode(), s.getSubject().getName(), s.getSubject().getColor(),
                s.getTeacher().getId(), s.getTeacher().getFullName(),
                s.getRoom() == null ? null : s.getRoom().getId(), s.getRoom() == null ? null : s.getRoom().getName(),
                s.getWeekday(), s.getStartTime(), s.getEndTime(), s.getValidFrom(), s.getValidTo());
    }
}
