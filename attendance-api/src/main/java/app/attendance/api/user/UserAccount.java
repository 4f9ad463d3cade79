package app.attendance.api.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login. Teachers and students are linked by id (not by association) so that a user can be
 * read without touching the school data.
 */
@Entity
@Table(name = "users")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "teacher_id")
    private Long teacherId;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** Carried by access tokens as {@code ver}; incremented to end every token issued before. */
    @Column(name = "token_version", nullable = false)
    private int tokenVersion;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Role role, Long teacherId, Long studentId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.teacherId = role == Role.TEACHER ? teacherId : null;
        this.studentId = role == Role.STUDENT ? studentId : null;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Changes the role and the link that goes with it. */
    public void setRole(Role role, Long teacherId, Long studentId) {
        this.role = role;
        this.teacherId = role == Role.TEACHER ? teacherId : null;
        this.studentId = role == Role.STUDENT ? studentId : null;
    }

    /** Ends every access token issued so far (they carry the previous version). */
    void nextTokenVersion() {
        tokenVersion++;
    }

    public int getTokenVersion() {
        return tokenVersion;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
