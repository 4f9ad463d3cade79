package app.attendance.api.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/**
 * The address a login is throttled on. attendance-web signs users in on the browser's behalf, so it
 * forwards the browser's address in {@value #CLIENT_HEADER} together with the shared
 * {@code WEB_CLIENT_SECRET} in {@value #PROOF_HEADER}. The header is believed only with the right
 * proof (compared in constant time); otherwise, or when no secret is configured, the TCP peer
 * address counts, so nobody can pick the key their failures land on.
 */
@Component
class ClientAddresses {

    /** The browser's address, as the web app saw it. */
    static final String CLIENT_HEADER = "X-Attendance-Client";
    /** The shared secret that shows the request comes from the web app. */
    static final String PROOF_HEADER = "X-Attendance-Web-Secret";

    private final byte[] secret;

    ClientAddresses(AuthProperties props) {
        this.secret = props.webClientSecret().getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the request carries the web app's secret (never true when no secret is configured). */
    boolean fromWebApp(HttpServletRequest request) {
        String proof = request.getHeader(PROOF_HEADER);
        return secret.length > 0 && proof != null
                && MessageDigest.isEqual(secret, proof.getBytes(StandardCharsets.UTF_8));
    }

    String of(HttpServletRequest request) {
        String forwarded = request.getHeader(CLIENT_HEADER);
        String proof = request.getHeader(PROOF_HEADER);
        if (secret.length == 0 || forwarded == null || forwarded.isBlank() || proof == null
                || !MessageDigest.isEqual(secret, proof.getBytes(StandardCharsets.UTF_8))) {
            return request.getRemoteAddr();
        }
        String address = forwarded.strip();
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
