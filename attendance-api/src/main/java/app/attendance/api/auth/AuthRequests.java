package app.attendance.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the auth endpoints. */
final class AuthRequests {

    private AuthRequests() {
    }

    /** {@code POST /api/auth/login}. */
    record Login(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    /** {@code POST /api/auth/refresh} and {@code /logout}. */
    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }
}
