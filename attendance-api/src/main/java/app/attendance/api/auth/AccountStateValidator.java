package app.attendance.api.auth;

import app.attendance.api.user.CurrentUser;
import app.attendance.api.user.AccountState;
import app.attendance.api.user.AccountStates;
import java.util.Optional;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Rejects an access token whose account is gone or disabled, or whose token version ({@code ver})
 * is not the account's current one (role, link, username or password changed since it was issued).
 * Runs inside the {@link org.springframework.security.oauth2.jwt.JwtDecoder}, so a rejected token
 * gets the same 401 ProblemDetail as an expired one. A token without {@code ver} (issued before
 * versions existed) counts as version 0, which any change since moves past.
 */
@Component
class AccountStateValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error STALE = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The account was disabled, deleted or changed after this token was issued", null);
    private static final OAuth2Error MALFORMED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token does not name an account", null);

    private final AccountStates states;

    AccountStateValidator(AccountStates states) {
        this.states = states;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (!(jwt.getClaim(CurrentUser.USER_ID) instanceof Number userId)) {
            return OAuth2TokenValidatorResult.failure(MALFORMED);
        }
        Object claimed = jwt.getClaim(CurrentUser.TOKEN_VERSION);
        int version = claimed instanceof Number n ? n.intValue() : 0;
        Optional<AccountState> state = states.current(userId.longValue());
        return state.filter(s -> s.enabled() && s.tokenVersion() == version).isPresent()
                ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(STALE);
    }
}
