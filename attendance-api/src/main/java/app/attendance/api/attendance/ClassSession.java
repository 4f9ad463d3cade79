package app.attendance.api.attendance;

import app.attendance.api.room.Room;
import app.attendance.api.schoolclass.SchoolClass;
import app.attendance.api.subject.Subject;
import app.attendance.api.teacher.Teacher;
import app.attendance.api.timetable.Lesson;
import app.attendance.api.timetable.TimetableSlot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One dated lesson of a class: an occurrence of a timetable slot, or ad hoc (no slot). */
@Entity
@Table(name = "sessions")
public class ClassSession extends Lesson {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "slot_id")
    private TimetableSlot slot;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ClassSession() {
    }

    public ClassSession(TimetableSlot slot, SchoolClass schoolClass, Subject subject, Teacher teacher, Room room,
            LocalDate date, LocalTime startTime, LocalTime endTime) {
        teach(schoolClass, subject, teacher, room, startTime, endTime);
        this.slot = slot;
        this.date = date;
    }

    /** Marks the session open now (first opening keeps its time on reopen). */
    public void open(Instant now) {
        if (openedAt == null) {
            openedAt = now;
        }
        status = SessionStatus.OPEN;
        closedAt = null;
    }

    /** Marks the session closed now. */
    public void close(Instant now) {
        status = SessionStatus.CLOSED;
        closedAt = now;
    }

    public TimetableSlot getSlot() {
        return slot;
    }

    public LocalDate getDate() {
        return date;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
