package app.attendance.api.auth;

import app.attendance.api.user.CurrentUser;
import app.attendance.api.user.UserAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues signed access tokens and opaque refresh tokens (only their SHA-256 is stored). */
@Component
class TokenService {

    private final JwtEncoder encoder;
    private final AuthProperties props;
    private final RefreshTokenRepository refreshTokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TokenService(JwtEncoder encoder, AuthProperties props, RefreshTokenRepository refreshTokens, Clock clock) {
        this.encoder = encoder;
        this.props = props;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    String accessToken(UserAccount user) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(props.issuer())
                .subject(user.getUsername())
                .issuedAt(now)
                .expiresAt(now.plus(props.accessTokenTtl()))
                .claim(CurrentUser.USER_ID, user.getId())
                .claim(CurrentUser.ROLE, user.getRole().name())
                .claim(CurrentUser.TOKEN_VERSION, user.getTokenVersion());
        if (user.getTeacherId() != null) {
            claims.claim(CurrentUser.TEACHER_ID, user.getTeacherId());
        }
        if (user.getStudentId() != null) {
            claims.claim(CurrentUser.STUDENT_ID, user.getStudentId());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** Creates and stores a new refresh token; returns its plain value (shown to the client once). */
    String refreshToken(UserAccount user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        refreshTokens.save(new RefreshToken(user.getId(), sha256(token), clock.instant().plus(props
                .refreshTokenTtl())));
        return token;
    }

    long accessTokenSeconds() {
        return props.accessTokenTtl().toSeconds();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
