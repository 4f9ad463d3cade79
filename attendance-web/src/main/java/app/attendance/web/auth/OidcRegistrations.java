package app.attendance.web.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The one client registration {@value #ID}, read from the provider's discovery document on first use
 * rather than at start-up: the web app starts and serves password sign-in while the provider is
 * unreachable or not configured at all, and tries the discovery again on the next sign-in after a
 * failure. The discovery document also tells whether the provider ends its session on logout
 * ({@code end_session_endpoint}).
 */
@Component
public class OidcRegistrations implements ClientRegistrationRepository {

    /** The registration id; also the last part of the redirect URI {@code /login/oauth2/code/oidc}. */
    public static final String ID = "oidc";

    private static final Logger log = LoggerFactory.getLogger(OidcRegistrations.class);

    private final SignInOptions options;
    private volatile ClientRegistration registration;

    public OidcRegistrations(SignInOptions options) {
        this.options = options;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId) || !options.oidc()) {
            return null;
        }
        ClientRegistration current = registration;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromOidcIssuerLocation(options.oidcIssuer())
                            .registrationId(ID)
                            .clientId(options.oidcClientId())
                            .clientSecret(options.oidcClientSecret())
                            .clientAuthenticationMethod(options.oidcClientSecret() == null
                                    ? ClientAuthenticationMethod.NONE
                                    : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .scope("openid", "email", "profile")
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .clientName(options.oidcDisplayName())
                            .build();
                } catch (RuntimeException e) {
                    log.warn("The sign-in provider {} cannot be reached: {}", options.oidcIssuer(), e.getMessage());
                    return null;
                }
            }
            return registration;
        }
    }
}
