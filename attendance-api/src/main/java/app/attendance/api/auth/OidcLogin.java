package app.attendance.api.auth;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import app.attendance.api.user.Role;
import app.attendance.api.user.UserAccount;
import app.attendance.api.user.UserAccountRepository;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in with an ID token of the school's OpenID Connect provider ({@code POST /api/auth/oidc}). The
 * token is verified by {@link OidcTokenVerifier}; its configured claim is then matched to a username
 * (case-insensitive) or, when it is an e-mail address, to the e-mail of exactly one teacher who has a
 * login. An account is never created with a role an admin did not give: an unknown account is refused
 * with 403 {@code oidc-unknown-account}, or, with {@code createDisabled}, recorded as a disabled
 * STUDENT login without a student (the lowest role, usable by no one until an admin edits and enables
 * it) and refused with 403 {@code oidc-account-pending}. When the claim is {@code email} the provider
 * must vouch for it ({@code email_verified} true). Failed checks count against the client's login
 * budget like wrong passwords; every sign-in is audited.
 */
@Service
class OidcLogin {

    /** The throttle key's username part for failed token checks (no account is known yet). */
    private static final String THROTTLE_NAME = "(oidc)";

    private final OidcProperties props;
    private final OidcTokenVerifier verifier;
    private final UserAccountRepository users;
    private final TeacherEmails teachers;
    private final LoginThrottle limiter;
    private final AuthService auth;
    private final AuditLog audit;
    private final PasswordEncoder passwords;

    OidcLogin(OidcProperties props, OidcTokenVerifier verifier, UserAccountRepository users, TeacherEmails teachers,
            LoginThrottle limiter, AuthService auth, AuditLog audit, PasswordEncoder passwords,
            AuthProperties authProps) {
        if (props.enabled() && authProps.webClientSecret().isEmpty()) {
            LoggerFactory.getLogger(OidcLogin.class).warn("Single sign-on is configured but WEB_CLIENT_SECRET is not:"
                    + " the API accepts ID tokens only from the web app, which proves itself with that secret");
        }
        this.props = props;
        this.verifier = verifier;
        this.users = users;
        this.teachers = teachers;
        this.limiter = limiter;
        this.auth = auth;
        this.audit = audit;
        this.passwords = passwords;
    }

    @Transactional(noRollbackFor = ApiException.class)
    TokenResponse login(String idToken, String nonce, String address) {
        if (!props.enabled()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "oidc-disabled", "Single sign-on is not configured");
        }
        Optional<Duration> locked = limiter.blockedFor(THROTTLE_NAME, address);
        if (locked.isPresent()) {
            throw AuthService.rateLimited(locked.get());
        }
        Jwt jwt;
        try {
            jwt = verifier.verify(idToken, nonce);
        } catch (ApiException e) {
            if (e.getStatus() == HttpStatus.UNAUTHORIZED) {
                limiter.failed(THROTTLE_NAME, address);
            }
            throw e;
        }
        String name = jwt.getClaimAsString(props.usernameClaim());
        if (name == null || name.isBlank()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "oidc-unknown-account",
                    "The ID token has no '" + props.usernameClaim() + "' claim to find the account by");
        }
        name = name.strip();
        if ("email".equals(props.usernameClaim()) && !verified(jwt.getClaims().get("email_verified"))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "oidc-email-unverified",
                    "The provider does not vouch for the e-mail address " + name + " (email_verified)");
        }
        checkDomain(jwt, name);
        UserAccount user = find(name).orElse(null);
        if (user == null) {
            if (props.createDisabled() && name.length() <= 64 && !users.existsByUsernameIgnoreCase(name)) {
                UserAccount pending = new UserAccount(name, passwords.encode(UUID.randomUUID().toString()),
                        Role.STUDENT, null, null);
                pending.setEnabled(false);
                users.save(pending);
                audit.recordAs("oidc:" + name, "CREATE", "user", pending.getId(), null,
                        "disabled login awaiting approval", "single sign-on by an unknown account");
                throw new ApiException(HttpStatus.FORBIDDEN, "oidc-account-pending", "No account belongs to "
                        + name + "; a disabled one was created and waits for an administrator to approve it");
            }
            throw new ApiException(HttpStatus.FORBIDDEN, "oidc-unknown-account",
                    "No account belongs to " + name + "; ask the school's administrator to add you");
        }
        if (!user.isEnabled()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "account-disabled",
                    "The account " + user.getUsername() + " is disabled; an administrator must enable it");
        }
        limiter.succeeded(THROTTLE_NAME, address);
        audit.recordAs(user.getUsername(), "LOGIN", "user", user.getId(), null, null,
                "single sign-on as " + name);
        return auth.issue(user);
    }

    private Optional<UserAccount> find(String name) {
        Optional<UserAccount> byUsername = users.findByUsernameIgnoreCase(name);
        if (byUsername.isPresent() || !name.contains("@")) {
            return byUsername;
        }
        List<Long> teacherIds = teachers.teachersWithEmail(name);
        List<UserAccount> logins = teacherIds.isEmpty() ? List.of() : users.findByTeacherIdIn(teacherIds);
        if (logins.size() > 1) {
            throw new ApiException(HttpStatus.FORBIDDEN, "oidc-unknown-account", "The e-mail address " + name
                    + " belongs to several teachers; an administrator must give one of them this username");
        }
        return logins.stream().findFirst();
    }

    /** With allowed domains set: the {@code hd} claim (Google Workspace) or else the account's e-mail domain must be one. */
    private void checkDomain(Jwt jwt, String name) {
        List<String> allowed = props.domains();
        if (allowed.isEmpty()) {
            return;
        }
        String domain = jwt.getClaimAsString("hd");
        if (domain == null) {
            String email = name.contains("@") ? name : jwt.getClaimAsString("email");
            domain = email == null || !email.contains("@") ? null : email.substring(email.lastIndexOf('@') + 1);
        }
        if (domain == null || !allowed.contains(domain.toLowerCase(Locale.ROOT))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "oidc-domain-not-allowed", "Accounts of "
                    + (domain == null ? "an unknown domain" : domain) + " may not sign in here");
        }
    }

    private static boolean verified(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }
}
