package app.attendance.web.auth;

import java.io.Serializable;

/**
 * The signed-in user as attendance-api describes them ({@code GET /api/auth/me}).
 *
 * @param role ADMIN, TEACHER or STUDENT
 * @param teacherId set for teachers
 * @param studentId set for students
 */
public record ApiUser(Long id, String username, String role, String displayName, Long teacherId, Long studentId)
        implements
            Serializable {

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    public boolean isTeacher() {
        return "TEACHER".equals(role);
    }

    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
