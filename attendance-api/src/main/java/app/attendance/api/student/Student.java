package app.attendance.api.student;

import app.attendance.api.schoolclass.SchoolClass;
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
import java.time.LocalDate;

/** A student of one class, with guardian contacts, biometric consent and face-enrolment state. */
@Entity
@Table(name = "students")
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_code", nullable = false, unique = true)
    private String studentCode;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id", nullable = false)
    private SchoolClass schoolClass;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "guardian_name")
    private String guardianName;

    @Column(name = "guardian_phone")
    private String guardianPhone;

    @Column(name = "guardian_email")
    private String guardianEmail;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_status", nullable = false)
    private EnrolmentStatus enrolmentStatus = EnrolmentStatus.NONE;

    @Column(name = "photo_count", nullable = false)
    private int photoCount;

    @Column(nullable = false)
    private boolean active = true;

    protected Student() {
    }

    public Student(String studentCode, String fullName, SchoolClass schoolClass) {
        this.studentCode = studentCode;
        this.fullName = fullName;
        this.schoolClass = schoolClass;
    }

    /** Replaces the identity fields. */
    public void update(String studentCode, String fullName, SchoolClass schoolClass, Gender gender,
            LocalDate dateOfBirth) {
        this.studentCode = studentCode;
        this.fullName = fullName;
        this.schoolClass = schoolClass;
        this.gender = gender;
        this.dateOfBirth = dateOfBirth;
    }

    /** Replaces the guardian's contact details. */
    public void setGuardian(String name, String phone, String email) {
        this.guardianName = name;
        this.guardianPhone = phone;
        this.guardianEmail = email;
    }

    /** Records biometric consent being given (with its date) or withdrawn. */
    public void setConsent(boolean given, LocalDate date) {
        this.consentGiven = given;
        this.consentDate = given ? date : null;
    }

    /** Records how many accepted face photos the student has; ENROLLED when at least one. */
    public void setPhotoCount(int photoCount) {
        this.photoCount = Math.max(0, photoCount);
        this.enrolmentStatus = this.photoCount > 0 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.NONE;
    }

    public Long getId() {
        return id;
    }

    public String getStudentCode() {
        return studentCode;
    }

    public String getFullName() {
        return fullName;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public String getGuardianPhone() {
        return guardianPhone;
    }

    public String getGuardianEmail() {
        return guardianEmail;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public EnrolmentStatus getEnrolmentStatus() {
        return enrolmentStatus;
    }

    /** Re-admits a student to rosters and recognition, or takes them off (history stays). */
    public void setActive(boolean active) {
        this.active = active;
    }

    /** False for a student who left the school roster: on no roster, never recognised, history kept. */
    public boolean isActive() {
        return active;
    }

    public int getPhotoCount() {
        return photoCount;
    }
}
