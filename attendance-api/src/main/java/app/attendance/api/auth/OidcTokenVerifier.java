package app.attendance.api.auth;

import app.attendance.api.system.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * Checks an ID token from the OpenID Connect provider: signature by one of the provider's published
 * keys (fetched over HTTPS from {@code jwks_uri} and refreshed when an unknown key id appears), issuer,
 * audience (the client id; with several audiences {@code azp} must be the client id), expiry and
 * issue time (with the configured clock skew) and the nonce. The web app sends the nonce it generated
 * for the sign-in; Spring Security's client puts its SHA-256 (base64url) into the authorization request,
 * so the token must carry exactly that hash: a token stolen from elsewhere cannot be replayed without
 * the web app's secret value. The provider's keys are looked up on first use, so the API starts while
 * the provider is unreachable; an unreachable provider answers 503 {@code oidc-provider-unavailable}.
 */
@Component
class OidcTokenVerifier {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final OidcProperties props;
    private final Clock clock;
    private volatile NimbusJwtDecoder decoder;

    OidcTokenVerifier(OidcProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
    }

    /** The verified token; 401 {@code oidc-token-invalid} naming what is wrong with it otherwise. */
    Jwt verify(String idToken, String nonce) {
        Jwt jwt;
        try {
            jwt = decoder().decode(idToken);
        } catch (JwtValidationException e) {
            throw invalid(String.join("; ", e.getErrors().stream().map(OAuth2Error::getDescription).toList()));
        } catch (BadJwtException e) {
            throw invalid("The ID token is malformed or not signed by one of the provider's keys");
        } catch (JwtException e) {
            throw unavailable(e);
        }
        String expected = sha256(nonce);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                String.valueOf(jwt.getClaimAsString("nonce")).getBytes(StandardCharsets.UTF_8))) {
            throw invalid("The ID token's nonce does not belong to this sign-in");
        }
        return jwt;
    }

    private NimbusJwtDecoder decoder() {
        NimbusJwtDecoder current = decoder;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (decoder == null) {
                String jwks = props.jwkSetUri() != null ? props.jwkSetUri() : discoverJwkSetUri();
                NimbusJwtDecoder built = NimbusJwtDecoder.withJwkSetUri(jwks)
                        .jwsAlgorithms(algorithms -> algorithms.addAll(List.of(SignatureAlgorithm.values())))
                        .restOperations(new RestTemplate(requestFactory())).build();
                built.setJwtValidator(validator());
                decoder = built;
            }
            return decoder;
        }
    }

    private OAuth2TokenValidator<Jwt> validator() {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(props.clockSkew());
        lifetime.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(props.issuer()), lifetime, this::claims);
    }

    /** What the timestamp and issuer validators leave open: presence of exp and iat, iat not ahead, aud and azp. */
    private OAuth2TokenValidatorResult claims(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>();
        Instant now = clock.instant();
        if (jwt.getExpiresAt() == null) {
            errors.add(error("The ID token has no expiry (exp)"));
        }
        if (jwt.getIssuedAt() == null) {
            errors.add(error("The ID token has no issue time (iat)"));
        } else if (jwt.getIssuedAt().isAfter(now.plus(props.clockSkew()))) {
            errors.add(error("The ID token was issued in the future (iat " + jwt.getIssuedAt() + ")"));
        }
        List<String> audience = jwt.getAudience();
        if (audience == null || !audience.contains(props.clientId())) {
            errors.add(error("The ID token was issued for another client (aud " + audience + ")"));
        } else if (audience.size() > 1 && !props.clientId().equals(jwt.getClaimAsString("azp"))) {
            errors.add(error("The ID token has several audiences and another authorized party (azp)"));
        }
        return OAuth2TokenValidatorResult.failure(errors);
    }

    /** The {@code jwks_uri} from the issuer's discovery document, whose {@code issuer} must be the configured one. */
    private String discoverJwkSetUri() {
        String location = props.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        Map<?, ?> metadata;
        try {
            metadata = RestClient.builder().requestFactory(requestFactory()).build().get().uri(location)
                    .retrieve().body(Map.class);
        } catch (RestClientException e) {
            throw unavailable(e);
        }
        if (metadata == null || !Objects.equals(props.issuer(), metadata.get("issuer"))
                || !(metadata.get("jwks_uri") instanceof String)) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "oidc-provider-unavailable",
                    "The provider's discovery document at " + location + " does not name issuer "
                            + props.issuer() + " and a jwks_uri");
        }
        return (String) metadata.get("jwks_uri");
    }

    private static SimpleClientHttpRequestFactory requestFactory() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(TIMEOUT);
        factory.setReadTimeout(TIMEOUT);
        return factory;
    }

    /** base64url (no padding) of the SHA-256 of the value, as the client sends the nonce to the provider. */
    static String sha256(String value) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OAuth2Error error(String description) {
        return new OAuth2Error("invalid_token", description, null);
    }

    private static ApiException invalid(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, "oidc-token-invalid", detail);
    }

    private static ApiException unavailable(Exception e) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "oidc-provider-unavailable",
                "The sign-in provider cannot be reached to check the ID token: " + e.getMessage())
                .with("retryAfterSeconds", 30);
    }
}
