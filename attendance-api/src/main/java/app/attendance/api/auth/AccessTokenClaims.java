package app.attendance.api.auth;

import app.attendance.api.user.CurrentUser;
import app.attendance.api.user.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims an access token of this API must carry, checked before the token is believed: an
 * expiry ({@code exp}; its value is checked by the timestamp validator), a whole-number user id
 * ({@code uid}) and one of the {@link Role} names ({@code role}). A token lacking any of them was
 * not issued by {@link TokenService} and is refused with 401 instead of failing later.
 */
final class AccessTokenClaims implements OAuth2TokenValidator<Jwt> {

    private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>();
        if (jwt.getExpiresAt() == null) {
            errors.add(invalid("The token has no expiry (exp)"));
        }
        Object uid = jwt.getClaim(CurrentUser.USER_ID);
        if (!(uid instanceof Long || uid instanceof Integer)) {
            errors.add(invalid("The token has no whole-number user id (uid)"));
        }
        Object role = jwt.getClaim(CurrentUser.ROLE);
        if (!(role instanceof String name && ROLES.contains(name))) {
            errors.add(invalid("The token has no known role (role)"));
        }
        return OAuth2TokenValidatorResult.failure(errors);
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}
