package app.attendance.api.timetable;

import app.attendance.api.room.Room;
import app.attendance.api.schoolclass.SchoolClass;
import app.attendance.api.subject.Subject;
import app.attendance.api.teacher.Teacher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A weekly lesson: class × subject × teacher × room × weekday × times, valid between two dates. */
@Entity
@Table(name = "timetable_slots")
public class TimetableSlot extends Lesson {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayOfWeek weekday;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    protected TimetableSlot() {
    }

    public TimetableSlot(SchoolClass schoolClass, Subject subject, Teacher teacher, Room room,
            DayOfWeek weekday, LocalTime startTime, LocalTime endTime, LocalDate validFrom, LocalDate validTo) {
        update(schoolClass, subject, teacher, room, weekday, startTime, endTime, validFrom, validTo);
    }

    /** Replaces every editable field. */
    public void update(SchoolClass schoolClass, Subject subject, Teacher teacher, Room room,
            DayOfWeek weekday, LocalTime startTime, LocalTime endTime, LocalDate validFrom, LocalDate validTo) {
        teach(schoolClass, subject, teacher, room, startTime, endTime);
        this.weekday = weekday;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
