package app.attendance.api.attendance;

import app.attendance.api.room.Room;
import app.attendance.api.schoolclass.SchoolClass;
import app.attendance.api.subject.Subject;
import app.attendance.api.teacher.Teacher;
import app.attendance.api.timetable.TimetableSlot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One dated lesson of a class: an occurrence of a timetable slot, or ad hoc (no slot). */
@Entity
@Table(name = "sessions")
public class ClassSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "slot_id")
    private TimetableSlot slot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id", nullable = false)
    private Teacher teacher;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

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
        this.slot = slot;
        this.schoolClass = schoolClass;
        this.subject = subject;
        this.teacher = teacher;
        this.room = room;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
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

    public Long getId() {
        return id;
    }

    public TimetableSlot getSlot() {
        return slot;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Subject getSubject() {
        return subject;
    }

    public Teacher getTeacher() {
        return teacher;
    }

    public Room getRoom() {
        return room;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
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
