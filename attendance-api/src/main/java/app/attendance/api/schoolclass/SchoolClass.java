package app.attendance.api.schoolclass;

import app.attendance.api.teacher.Teacher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A class of students with a unique name, a grade and an optional homeroom teacher. */
@Entity
@Table(name = "classes")
public class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private int grade;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "homeroom_teacher_id")
    private Teacher homeroomTeacher;

    protected SchoolClass() {
    }

    public SchoolClass(String name, int grade, Teacher homeroomTeacher) {
        update(name, grade, homeroomTeacher);
    }

    /** Replaces every editable field. */
    public void update(String name, int grade, Teacher homeroomTeacher) {
        this.name = name;
        this.grade = grade;
        this.homeroomTeacher = homeroomTeacher;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getGrade() {
        return grade;
    }

    public Teacher getHomeroomTeacher() {
        return homeroomTeacher;
    }
}
