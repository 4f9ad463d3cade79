package app.attendance.web.user;

import app.attendance.web.api.ApiClient;
import app.attendance.web.api.ResourceClient;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** {@code /api/users} (ADMIN): list, read, create, update, delete, and a new password. */
@Component
class UserClient extends ResourceClient<User> {

    private final ApiClient api;

    UserClient(ApiClient api) {
        super(api, "/api/users", User.class);
        this.api = api;
    }

    /** Sets a new password; the API signs the user out everywhere. */
    void changePassword(long id, String password) {
        api.run(r -> r.post().uri("/api/users/{id}/password", id).contentType(MediaType.APPLICATION_JSON)
                .body(new PasswordForm(password)).retrieve().toBodilessEntity());
    }

    /** Body of {@code POST /api/users}. */
    record Create(String username, String password, String role, Long teacherId, Long studentId, boolean enabled) {
    }

    /** Body of {@code PUT /api/users/{id}}. */
    record Update(String username, String role, Long teacherId, Long studentId, boolean enabled) {
    }
}
