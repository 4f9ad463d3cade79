package app.attendance.web.system;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in its own
 * application context on a loopback port of this JVM, with its own login form, discovery document,
 * published keys and end-session endpoint. One client ({@link #CLIENT_ID}) is registered for the web
 * app's redirect URI, without a consent screen; its users' ID tokens carry {@code email} and
 * {@code email_verified}. Reads none of the web app's configuration files; a test configuration, so the web
 * app's component scan leaves it out.
 */
final class OidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "attendance-web";
    static final String CLIENT_SECRET = "provider-client-secret";

    /** Username → e-mail of the provider's users; every password is {@link #PASSWORD}. */
    static final Map<String, String> USERS = Map.of("lan.tran", "lan@school.test", "stranger",
            "stranger@school.test");
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
                    context.getClaims().claim("email", USERS.get(context.getPrincipal().getName()))
                            .claim("email_verified", true);
                }
            };
        }
    }
}
