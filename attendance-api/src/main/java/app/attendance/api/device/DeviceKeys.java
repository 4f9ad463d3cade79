package app.attendance.api.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Device keys: {@code <prefix>.<secret>} where the prefix (12 chars, stored in clear) finds the
 * device and the whole key is stored only as SHA-256 (a 256-bit random secret needs no slow hash).
 */
final class DeviceKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceKeys() {
    }

    /** A new key: its plain value (shown once), prefix and hash. */
    record NewKey(String key, String prefix, String hash) {
    }

    static NewKey generate() {
        byte[] prefixBytes = new byte[9];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(prefixBytes);
        RANDOM.nextBytes(secret);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String prefix = b64.encodeToString(prefixBytes).replace('-', 'x').replace('_', 'y');
        String key = prefix + "." + b64.encodeToString(secret);
        return new NewKey(key, prefix, hash(key));
    }

    static String prefixOf(String key) {
        int dot = key.indexOf('.');
        return dot <= 0 ? null : key.substring(0, dot);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String key, String storedHash) {
        return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
