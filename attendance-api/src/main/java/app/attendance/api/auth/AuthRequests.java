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

    /**
     * {@code POST /api/auth/oidc}: the provider's ID token and the nonce the web app generated for this
     * sign-in (the token carries its SHA-256, base64url).
     */
    record Oidc(@NotBlank @Size(max = 16_384) String idToken, @NotBlank @Size(max = 200) String nonce) {
    }

    /** {@code POST /api/auth/refresh} and {@code /logout}. */
    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }
}
