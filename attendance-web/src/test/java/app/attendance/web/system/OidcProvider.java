package app.attendance.web.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in its own
 * application context on a loopback port of this JVM, with its own login form, discovery document,
 * published keys and end-session endpoint. One client ({@link #CLIENT_ID}) is registered for the web
 * app's redirect URI, without a consent screen; its users' ID tokens carry {@code email} and
 * {@code email_verified}; the users in {@link #EXPIRED_ID_TOKEN} get an ID token that expired before it was
 * issued to them. The last ID token issued is kept ({@link #lastIdToken()}). Reads none of the web app's
 * configuration files; a test configuration, so the web app's component scan leaves it out.
 */
final class OidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "attendance-web";
    static final String CLIENT_SECRET = "provider-client-secret";

    /** Username → e-mail of the provider's users; every password is {@link #PASSWORD}. */
    static final Map<String, String> USERS = Map.of("lan.tran", "lan@school.test", "stranger",
            "stranger@school.test", "hoa.expired", "hoa@school.test");
    /** Users whose ID token the provider issues already expired (as a provider with a wrong clock would). */
    static final Set<String> EXPIRED_ID_TOKEN = Set.of("hoa.expired");
    static final String PASSWORD = "provider-password";

    private final ConfigurableApplicationContext context;
    private final int port;

    /** Starts the provider on {@code port} for the web app at {@code webUrl}. */
    OidcProvider(int port, String webUrl) {
        this.port = port;
        String client = "--spring.security.oauth2.authorizationserver.client.web.";
        SpringApplication app = new SpringApplication(Config.class);
        context = app.run("--spring.config.name=oidc-test-provider", "--server.port=" + port,
                "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                // its own session cookie: the web app runs on the same host (cookies ignore the port)
                "--server.servlet.session.cookie.name=PROVIDER_SESSION",
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer(),
                client + "registration.client-id=" + CLIENT_ID,
                client + "registration.client-secret={noop}" + CLIENT_SECRET,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                client + "registration.redirect-uris=" + webUrl + "/login/oauth2/code/oidc",
                client + "registration.post-logout-redirect-uris=" + webUrl + "/login?logout",
                client + "registration.scopes=openid,email,profile",
                client + "require-authorization-consent=false");
    }

    String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** The last ID token the provider issued, or null. */
    OidcIdToken lastIdToken() {
        return context.getBean(RecordingAuthorizations.class).lastIdToken.get();
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's application: Boot's Authorization Server set-up plus its users and their claims. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Config {

        @Bean
        UserDetailsService providerUsers() {
            return new InMemoryUserDetailsManager(USERS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                    .toList());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailInIdToken() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String user = context.getPrincipal().getName();
                    context.getClaims().claim("email", USERS.get(user)).claim("email_verified", true);
                    if (EXPIRED_ID_TOKEN.contains(user)) {
                        Instant expired = Instant.now().minus(Duration.ofMinutes(10));
                        context.getClaims().issuedAt(expired.minus(Duration.ofHours(1))).expiresAt(expired);
                    }
                }
            };
        }

        @Bean
        RecordingAuthorizations authorizations() {
            return new RecordingAuthorizations();
        }
    }

    /** The provider's in-memory authorizations, keeping the last ID token saved with one. */
    static final class RecordingAuthorizations implements OAuth2AuthorizationService {

        private final OAuth2AuthorizationService delegate = new InMemoryOAuth2AuthorizationService();
        final AtomicReference<OidcIdToken> lastIdToken = new AtomicReference<>();

        @Override
        public void save(OAuth2Authorization authorization) {
            OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
            if (idToken != null) {
                lastIdToken.set(idToken.getToken());
            }
            delegate.save(authorization);
        }

        @Override
        public void remove(OAuth2Authorization authorization) {
            delegate.remove(authorization);
        }

        @Override
        public OAuth2Authorization findById(String id) {
            return delegate.findById(id);
        }

        @Override
        public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
            return delegate.findByToken(token, tokenType);
        }
    }
}
