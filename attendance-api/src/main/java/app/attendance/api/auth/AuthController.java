package app.attendance.api.auth;

import app.attendance.api.user.CurrentUser;
import app.attendance.api.system.ApiException;
import app.attendance.api.user.UserAccountRepository;
import app.attendance.api.user.UserView;
import app.attendance.api.user.UserViews;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/auth}: login (password or single sign-on), refresh, logout and the signed-in user. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AuthService auth;
    private final UserAccountRepository users;
    private final UserViews views;
    private final ClientAddresses clients;
    private final OidcLogin oidc;

    AuthController(AuthService auth, UserAccountRepository users, UserViews views, ClientAddresses clients,
            OidcLogin oidc) {
        this.oidc = oidc;
        this.clients = clients;
        this.auth = auth;
        this.users = users;
        this.views = views;
    }

    @PostMapping("/login")
    TokenResponse login(@Valid @RequestBody AuthRequests.Login body, HttpServletRequest request) {
        return auth.login(body.username().trim(), body.password(), clients.of(request));
    }

    /**
     * Sign-in with the school's OpenID Connect provider: only the web app (which ran the provider's
     * login and proves itself with {@code WEB_CLIENT_SECRET}) may hand in an ID token; the API checks
     * the token itself before it issues its own tokens.
     */
    @PostMapping("/oidc")
    TokenResponse oidc(@Valid @RequestBody AuthRequests.Oidc body, HttpServletRequest request) {
        if (!clients.fromWebApp(request)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "web-client-required",
                    "Only the web app may exchange an ID token (header " + ClientAddresses.PROOF_HEADER + ")");
        }
        return oidc.login(body.idToken().strip(), body.nonce(), clients.of(request));
    }

    @PostMapping("/refresh")
    TokenResponse refresh(@Valid @RequestBody AuthRequests.Refresh body) {
        return auth.refresh(body.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody AuthRequests.Refresh body) {
        auth.logout(body.refreshToken());
    }

    @GetMapping("/me")
    UserView me() {
        CurrentUser me = CurrentUser.get();
        return users.findById(me.userId()).map(views::of)
                .orElseThrow(() -> ApiException.notFound("user", me.userId()));
    }
}
