package app.attendance.api.attendance.checkin;

import app.attendance.api.system.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Stateless, signed, rotating check-in codes. A code is base64url of {@code sessionId (8 bytes) ·
 * step (8 bytes) · HMAC-SHA256(sessionId · step) truncated to 16 bytes}, where {@code step} is the
 * number of whole rotation periods since the epoch. A code is accepted during its own step and the
 * next one (the scan delay), so it is at most two periods (20 s by default) old when accepted;
 * anything older, from the future, altered or malformed is refused. The key is
 * {@code attendance.checkin.secret} or, when that is not set, HMAC-SHA256 of a fixed label under the
 * JWT signing key (so it is not the JWT key itself).
 */
@Component
public class CheckinCodes {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final int CODE_BYTES = 8 + 8 + MAC_BYTES;

    private final SecretKey key;
    private final long periodSeconds;

    CheckinCodes(CheckinProperties props, SecretKey jwtKey) {
        this.periodSeconds = props.rotateEvery().toSeconds();
        this.key = props.secret() == null || props.secret().isBlank()
                ? new SecretKeySpec(hmac(jwtKey, "attendance checkin code key v1".getBytes(StandardCharsets.UTF_8)),
                        ALGORITHM)
                : new SecretKeySpec(props.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The rotation period in seconds. */
    public long periodSeconds() {
        return periodSeconds;
    }

    /** The code of a session shown at {@code now}. */
    public CheckinCode issue(long sessionId, Instant now) {
        long step = step(now);
        byte[] code = ByteBuffer.allocate(CODE_BYTES).putLong(sessionId).putLong(step).put(mac(sessionId, step))
                .array();
        return new CheckinCode(Base64.getUrlEncoder().withoutPadding().encodeToString(code),
                Instant.ofEpochSecond((step + 1) * periodSeconds), periodSeconds);
    }

    /**
     * The session a code was issued for, when it is genuine and fresh at {@code now}.
     *
     * @throws ApiException 400 {@code invalid-code} (malformed or not signed by us), 400
     *         {@code code-expired} (older than the previous step, or from the future)
     */
    public long verify(String code, Instant now) {
        byte[] bytes;
        try {
            bytes = code == null ? null : Base64.getUrlDecoder().decode(code.trim());
        } catch (IllegalArgumentException e) {
            bytes = null;
        }
        if (bytes == null || bytes.length != CODE_BYTES) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long sessionId = buffer.getLong();
        long step = buffer.getLong();
        byte[] given = Arrays.copyOfRange(bytes, 16, CODE_BYTES);
        if (!MessageDigest.isEqual(given, mac(sessionId, step))) {
            throw invalid();
        }
        long current = step(now);
        if (step != current && step != current - 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "code-expired",
                    "This code has expired: scan the one on the screen now");
        }
        return sessionId;
    }

    private long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), periodSeconds);
    }

    private byte[] mac(long sessionId, long step) {
        byte[] full = hmac(key, ByteBuffer.allocate(16).putLong(sessionId).putLong(step).array());
        return Arrays.copyOf(full, MAC_BYTES);
    }

    private static byte[] hmac(SecretKey key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static ApiException invalid() {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-code", "This is not a check-in code of this school");
    }
}
