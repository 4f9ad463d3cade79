package app.attendance.api.auth;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** HMAC-SHA256 signing and checking of access tokens and the password encoder (bcrypt). */
@Configuration(proxyBeanMethods = false)
class JwtConfig {

    private static final Logger log = LoggerFactory.getLogger(JwtConfig.class);

    @Bean
    SecretKey jwtKey(AuthProperties props) {
        byte[] secret;
        if (props.jwtSecret() == null || props.jwtSecret().isBlank()) {
            log.warn("JWT_SECRET is not set: generated a random signing key; tokens will not survive a restart");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = props.jwtSecret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("JWT_SECRET must be at least 32 bytes long");
            }
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
    }

    /**
     * Checks signature, issuer, lifetime (an expiry is required) and the claims the API relies on
     * ({@link AccessTokenClaims}); only a token that passes all of these is then checked (on every
     * request, against the database) for the account still being as the token says.
     */
    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtKey, AuthProperties props, AccountStateValidator accountState) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> shape = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(props.issuer()), new AccessTokenClaims());
        decoder.setJwtValidator(jwt -> {
            OAuth2TokenValidatorResult result = shape.validate(jwt);
            return result.hasErrors() ? result : accountState.validate(jwt);
        });
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
