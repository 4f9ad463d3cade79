package app.attendance.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.oidc.TestIssuer;
import app.attendance.web.browser.Browsers;
import app.attendance.web.browser.Screenshots;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end, with nothing faked on the trust path: a real OpenID Connect provider
 * (Spring Authorization Server, {@link OidcProvider}), attendance-api from its packaged jar on a real
 * PostgreSQL, configured with the provider's issuer (so it fetches and checks the provider's keys
 * itself), this web app in-process, and headless Chromium. A teacher signs in through the provider's
 * own login form and lands signed in as her account (matched by e-mail); signing out ends the provider's
 * session too; a provider user without an account is refused with a readable page. An ID token the
 * provider issues already expired signs nobody in, creates nothing, and the API refuses it too. An ID
 * token forged with another key is refused by the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class SingleSignOnEndToEndTest {

    static final String ADMIN_PASSWORD = "Admin-" + UUID.randomUUID();
    static final String WEB_SECRET = UUID.randomUUID().toString();
    static final int WEB_PORT = freePort();
    static final String WEB = "http://127.0.0.1:" + WEB_PORT;

    static OidcProvider provider;
    static ServiceProcess api;
    static ChromeDriver driver;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        Browsers.assumeInstalled();
        provider = new OidcProvider(freePort(), WEB);
        Path work = Files.createTempDirectory("attendance-sso-");
        api = ServiceProcess.start("attendance-api", Map.ofEntries(
                Map.entry("FACE_SERVICE_URL", "http://127.0.0.1:9"),
                Map.entry("FACE_API_TOKEN", UUID.randomUUID().toString()),
                Map.entry("JWT_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID()),
                Map.entry("WEB_CLIENT_SECRET", WEB_SECRET),
                Map.entry("ADMIN_USERNAME", "admin"),
                Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("ATTENDANCE_OIDC_ISSUER", provider.issuer()),
                Map.entry("ATTENDANCE_OIDC_CLIENT_ID", OidcProvider.CLIENT_ID),
                Map.entry("ATTENDANCE_OIDC_ALLOWED_DOMAINS", "school.test"),
                Map.entry("EMBEDDED_DB_DIR", work.resolve("postgres").toString()),
                Map.entry("DATABASE_URL", ""),
                Map.entry("TZ", "UTC")));
        registry.add("server.port", () -> WEB_PORT);
        registry.add("server.address", () -> "127.0.0.1");
        registry.add("attendance.api.url", api::url);
        registry.add("attendance.api.client-secret", () -> WEB_SECRET);
        registry.add("attendance.sign-in.oidc-issuer", provider::issuer);
        registry.add("attendance.sign-in.oidc-client-id", () -> OidcProvider.CLIENT_ID);
        registry.add("attendance.sign-in.oidc-client-secret", () -> OidcProvider.CLIENT_SECRET);
        registry.add("attendance.sign-in.oidc-display-name", () -> "School Login");
        registry.add("attendance.zone", () -> "UTC");
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (api != null) {
            api.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aTeacherSignsInThroughTheProviderAndOut() throws Exception {
        ApiCalls admin = ApiCalls.signIn(api.url(), "admin", ADMIN_PASSWORD);
        admin.post("/api/teachers", """
                {"employeeCode":"T-001","fullName":"Tran Thi Lan","email":"LAN@school.test","phone":"0901000001",
                 "subjectIds":[],"username":"lan","password":"%s"}""".formatted("Teacher-" + UUID.randomUUID()));
        browser();

        driver.get(WEB + "/login");
        shots("sso-login");
        driver.findElement(By.id("ssoLogin")).click();
        waitUpTo(20).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        providerLogin("lan.tran");
        waitUpTo(30).until(d -> d.getCurrentUrl().equals(WEB + "/"));
        assertThat(driver.findElement(By.tagName("nav")).getText()).contains("Tran Thi Lan");

        // Signing out ends the provider's session as well: the next single sign-on asks for the password again.
        driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        waitUpTo(30).until(d -> d.getCurrentUrl().startsWith(WEB + "/login?logout"));
        driver.get(WEB + "/login/sso");
        waitUpTo(20).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));

        // A provider user the school does not know is refused with a clear message.
        providerLogin("stranger");
        waitUpTo(30).until(d -> d.getCurrentUrl().startsWith(WEB + "/login?error=sso-unknown"));
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText())
                .isEqualTo("Your School Login account is not known here. Ask the school's administrator to add you.");
        Screenshots.take(driver, "sso-unknown-account");
    }

    @Test
    void anExpiredIdTokenFromTheProviderSignsNobodyIn() throws Exception {
        ApiCalls admin = ApiCalls.signIn(api.url(), "admin", ADMIN_PASSWORD);
        admin.post("/api/teachers", """
                {"employeeCode":"T-002","fullName":"Pham Thu Hoa","email":"hoa@school.test","phone":"0901000002",
                 "subjectIds":[],"username":"hoa","password":"%s"}""".formatted("Teacher-" + UUID.randomUUID()));
        long users = admin.get("/api/users").get("totalElements").asLong();
        long userEvents = admin.get("/api/audit?entity=user").get("totalElements").asLong();
        browser();

        driver.get(WEB + "/login/sso");
        waitUpTo(20).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        providerLogin("hoa.expired");
        waitUpTo(30).until(d -> d.getCurrentUrl().startsWith(WEB + "/login?error="));

        // The provider did issue the token, already expired; the web app refuses it and says so.
        OidcIdToken issued = provider.lastIdToken();
        assertThat(issued.getClaimAsString("email")).isEqualTo("hoa@school.test");
        assertThat(issued.getExpiresAt()).isBefore(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(driver.getCurrentUrl()).isEqualTo(WEB + "/login?error=sso-failed");
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText())
                .isEqualTo("Signing in with School Login did not succeed. Please try again.");
        shots("sso-expired-token");

        // Nobody is signed in, and nothing was created or recorded as a sign-in.
        driver.get(WEB + "/");
        waitUpTo(10).until(d -> d.getCurrentUrl().startsWith(WEB + "/login"));
        assertThat(driver.findElements(By.cssSelector("form[action$='/logout']"))).isEmpty();
        assertThat(admin.get("/api/users").get("totalElements").asLong()).isEqualTo(users);
        assertThat(admin.get("/api/audit?entity=user").get("totalElements").asLong()).isEqualTo(userEvents);

        // The API does not take that token either, when handed it directly with its own nonce.
        HttpResponse<String> answer = postIdToken(issued.getTokenValue(), issued.getNonce());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("oidc-token-invalid").contains("expired");
        assertThat(admin.get("/api/audit?entity=user").get("totalElements").asLong()).isEqualTo(userEvents);
        driver.manage().deleteAllCookies();
    }

    @Test
    void theApiRefusesAnIdTokenForgedWithAnotherKey() throws Exception {
        try (TestIssuer forger = new TestIssuer()) {
            String nonce = UUID.randomUUID().toString();
            JWTClaimsSet claims = forger.claims(OidcProvider.CLIENT_ID, nonce).issuer(provider.issuer())
                    .claim("email", "lan@school.test").claim("email_verified", true).build();
            HttpResponse<String> answer = postIdToken(forger.sign(claims), nonce);
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).contains("oidc-token-invalid");
        }
    }

    /** Hands an ID token to the API the way the web app does. */
    private static HttpResponse<String> postIdToken(String idToken, String nonce) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.url() + "/api/auth/oidc"))
                .header("Content-Type", "application/json").header("X-Attendance-Web-Secret", WEB_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString("{\"idToken\":\"" + idToken + "\",\"nonce\":\"" + nonce
                        + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The browser, started by the first test that needs it, without cookies of this site or the provider. */
    private static void browser() throws IOException {
        if (driver == null) {
            driver = Browsers.start(null);
        } else {
            // The site and the provider share the host 127.0.0.1: this clears both sessions.
            driver.manage().deleteAllCookies();
        }
    }

    private void providerLogin(String username) {
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(OidcProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Screenshots of the page at desktop and phone width, kept under target/ and in /tmp/shots-oidc when it exists. */
    private static void shots(String name) throws IOException {
        Screenshots.both(driver, name);
        Path out = Path.of("/tmp/shots-oidc");
        if (Files.isDirectory(out)) {
            try (var files = Files.list(Screenshots.DIR)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name)).toList()) {
                    Files.copy(file, out.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
