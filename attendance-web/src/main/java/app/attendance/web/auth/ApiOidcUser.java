package app.attendance.web.auth;

import java.util.Collection;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The provider's user after attendance-api accepted their ID token: carries the API's account
 * ({@link #account()}) and its role as the only authority. Becomes the {@link ApiUser} principal right
 * after sign-in; the provider's side is kept for the logout at the provider.
 */
public class ApiOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final ApiUser account;

    ApiOidcUser(ApiUser account, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken) {
        super(authorities, idToken);
        this.account = account;
    }

    /** The account attendance-api signed in. */
    public ApiUser account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiOidcUser user && super.equals(user) && Objects.equals(account, user.account);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), account);
    }
}
