package app.attendance.api.attendance;

import app.attendance.api.student.Student;
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

/** The attendance of one student in one session; unique per session × student in the database. */
@Entity
@Table(name = "attendance_records")
public class AttendanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private ClassSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;

    @Column(name = "first_seen_at")
    private Instant firstSeenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    private Double similarity;

    private String note;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "auto_absent", nullable = false)
    private boolean autoAbsent;

    protected AttendanceRecord() {
    }

    public AttendanceRecord(ClassSession session, Student student, AttendanceStatus status, Source source,
            Instant changedAt) {
        this.session = session;
        this.student = student;
        this.status = status;
        this.source = source;
        this.changedAt = changedAt;
    }

    /** A manual change by a person: always wins over camera marks. */
    public void changeManually(AttendanceStatus status, String note, String actor, Instant now) {
        this.status = status;
        this.note = note;
        this.source = Source.MANUAL;
        this.changedBy = actor;
        this.changedAt = now;
        this.autoAbsent = false;
    }

    public Long getId() {
        return id;
    }

    public ClassSession getSession() {
        return session;
    }

    public Student getStudent() {
        return student;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Source getSource() {
        return source;
    }

    public Double getSimilarity() {
        return similarity;
    }

    public String getNote() {
        return note;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** True for an ABSENT written by closing the session (removed again on reopen). */
    public boolean isAutoAbsent() {
        return autoAbsent;
    }
}
