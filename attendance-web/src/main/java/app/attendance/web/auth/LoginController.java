package app.attendance.web.auth;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (Spring Security handles the POST): the password form and, when single sign-on is
 * configured, "Sign in with …". {@code /login/sso} starts the provider's sign-in once the provider's
 * discovery document could be read, else comes back with a message.
 */
@Controller
class LoginController {

    private final SignInOptions options;
    private final OidcRegistrations registrations;

    LoginController(SignInOptions options, OidcRegistrations registrations) {
        this.options = options;
        this.registrations = registrations;
    }

    /** The reasons {@link LoginFailureHandler} gives for a refused single sign-on or password. */
    private static final Set<String> SIGN_IN_ERRORS = Set.of("sso-unknown", "sso-pending", "sso-disabled",
            "sso-domain", "sso-unverified", "sso-unavailable", "sso-failed", "password-off");

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String admin,
            Model model) {
        model.addAttribute("adminForm", admin != null);
        model.addAttribute("signInError", error != null && SIGN_IN_ERRORS.contains(error) ? "login.error." + error
                : null);
        model.addAttribute("sso", options.oidc() ? options.oidcDisplayName() : null);
        model.addAttribute("passwordLogin", options.passwordLogin() || !options.oidc());
        return "auth/login";
    }

    @GetMapping("/login/sso")
    String sso() {
        if (registrations.findByRegistrationId(OidcRegistrations.ID) == null) {
            return "redirect:/login?error=sso-unavailable";
        }
        return "redirect:/oauth2/authorization/" + OidcRegistrations.ID;
    }
}
