package app.attendance.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal OpenID Connect issuer for tests: a real HTTP server on a loopback port that publishes a
 * discovery document and the public half of a fresh RSA key, and signs ID tokens with the private half.
 * It can also sign with a second key that it never publishes (a forged token, even under the same key
 * id). Stop it with {@link #close()}.
 */
public final class TestIssuer implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey forger;
    private final AtomicInteger keyRequests = new AtomicInteger();

    public TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            forger = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String discovery = """
                {"issuer":"%s","jwks_uri":"%s/jwks","authorization_endpoint":"%s/authorize",
                 "token_endpoint":"%s/token","response_types_supported":["code"],
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer(), issuer(), issuer(), issuer());
        server.createContext("/.well-known/openid-configuration", exchange -> send(exchange, discovery));
        server.createContext("/jwks", exchange -> {
            keyRequests.incrementAndGet();
            send(exchange, new JWKSet(key.toPublicJWK()).toString());
        });
        server.start();
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How often the key set was fetched. */
    public int keyRequests() {
        return keyRequests.get();
    }

    /** Claims of a valid ID token for {@code audience}, issued now, for a login whose raw nonce is {@code nonce}. */
    public JWTClaimsSet.Builder claims(String audience, String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).subject(UUID.randomUUID().toString()).audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", hash(nonce));
    }

    /** The claims signed with the published key. */
    public String sign(JWTClaimsSet.Builder claims) {
        return sign(claims.build(), key);
    }

    /** The claims signed with a key that is not published (same key id). */
    public String forge(JWTClaimsSet.Builder claims) {
        return sign(claims.build(), forger);
    }

    /** The claims signed with the published key. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** The claims signed with a key that is not published (same key id). */
    public String forge(JWTClaimsSet claims) {
        return sign(claims, forger);
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Spring Security's OIDC client sends as the nonce: base64url(SHA-256(raw nonce)). */
    public static String hash(String nonce) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(nonce.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
