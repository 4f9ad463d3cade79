package app.attendance.api.auth;

import app.attendance.api.system.ApiException;
import app.attendance.api.user.AccountTokens;
import app.attendance.api.user.UserAccount;
import app.attendance.api.user.UserAccountRepository;
import app.attendance.api.user.UserViews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login with username and password (refused with 403 {@code password-login-disabled} when password
 * sign-in is off, except for the break-glass accounts; see {@link PasswordLoginProperties}; throttled per client address and per account + client, see {@link LoginThrottle}), refresh-token rotation
 * (a reused token revokes all of the user's tokens) and logout.
 */
@Service
class AuthService {

    private final UserAccountRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final TokenService tokens;
    private final PasswordEncoder passwords;
    private final LoginThrottle limiter;
    private final UserViews views;
    private final Clock clock;
    private final AccountTokens accountTokens;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final PasswordLoginProperties passwordLogin;
    private final AdminProperties admin;
    /** Compared against when the username is unknown, so response time does not reveal it. */
    private final String dummyHash;

    AuthService(UserAccountRepository users, RefreshTokenRepository refreshTokens, TokenService tokens,
            PasswordEncoder passwords, LoginThrottle limiter, UserViews views, Clock clock,
            AccountTokens accountTokens, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            PasswordLoginProperties passwordLogin, AdminProperties admin) {
        this.passwordLogin = passwordLogin;
        this.admin = admin;
        this.accountTokens = accountTokens;
        this.jdbc = jdbc;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.passwords = passwords;
        this.limiter = limiter;
        this.views = views;
        this.clock = clock;
        this.dummyHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    /** First key of the advisory lock that serialises one account's refreshes. */
    private static final int REFRESH_LOCK = 0x52465348;

    @Transactional
    TokenResponse login(String username, String password, String address) {
        if (!passwordLogin.allows(username, admin.username())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "password-login-disabled",
                    "Sign-in with a password is turned off here; use single sign-on");
        }
        Optional<Duration> locked = limiter.blockedFor(username, address);
        if (locked.isPresent()) {
            throw rateLimited(locked.get());
        }
        Optional<UserAccount> user = users.findByUsernameIgnoreCase(username);
        boolean matches = passwords.matches(password, user.map(UserAccount::getPasswordHash).orElse(dummyHash));
        if (user.isEmpty() || !matches || !user.get().isEnabled()) {
            limiter.failed(username, address);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "Wrong username or password");
        }
        limiter.succeeded(username, address);
        return issue(user.get());
    }

    /**
     * Rotates a refresh token. Marking it used is one atomic update, so of parallel refreshes with
     * the same token exactly one wins; every other one is reuse, like a replay by a thief: all of
     * the user's refresh tokens are deleted (the winner's new one too: its transaction has committed
     * before the losers' update returns) and the token version moves on, so the winner's new access
     * token dies as well. Does not roll back on failure: the revocation must stick. The refreshes
     * of one account run one after the other (a transaction-scoped advisory lock on the account):
     * parallel losers revoking the same rows the winner wrote could otherwise deadlock (seen: 7 of 10
     * answered 500).
     */
    @Transactional(noRollbackFor = ApiException.class)
    TokenResponse refresh(String refreshToken) {
        RefreshToken stored = refreshTokens.findByTokenHash(TokenService.sha256(refreshToken))
                .orElseThrow(AuthService::invalidRefresh);
        jdbc.sql("select pg_advisory_xact_lock(:kind, :id)").param("kind", REFRESH_LOCK)
                .param("id", stored.getUserId().intValue()).query().singleValue();
        Instant now = clock.instant();
        if (refreshTokens.markUsed(stored.getId(), now) == 0) {
            accountTokens.revokeAll(stored.getUserId());
            throw invalidRefresh();
        }
        if (stored.expired(now)) {
            throw invalidRefresh();
        }
        UserAccount user = users.findById(stored.getUserId()).filter(UserAccount::isEnabled)
                .orElseThrow(AuthService::invalidRefresh);
        return issue(user);
    }

    @Transactional
    void logout(String refreshToken) {
        refreshTokens.findByTokenHash(TokenService.sha256(refreshToken))
                .ifPresent(t -> refreshTokens.markUsed(t.getId(), clock.instant()));
    }

    /** Issues an access and a refresh token for the account (password or single sign-on). */
    TokenResponse issue(UserAccount user) {
        return new TokenResponse(tokens.accessToken(user), tokens.refreshToken(user), tokens.accessTokenSeconds(),
                views.of(user));
    }

    private static ApiException invalidRefresh() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "The refresh token is not valid");
    }

    static ApiException rateLimited(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many failed logins; try again in " + seconds + " s").with("retryAfterSeconds", seconds);
    }
}
