package app.attendance.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.web.AttendanceWebApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two attendance-web replicas (two application contexts of this app on their own loopback ports) share
 * their HTTP sessions in one real PostgreSQL, with attendance-api from its packaged jar on the same
 * database, as the scale profile runs them behind a balancer without stickiness: a sign-in through
 * replica A opens the dashboard through B with the same cookie; a form posted to B with the CSRF token A
 * rendered is accepted; a disabled account is refused on its next request, whichever replica takes it;
 * the session cookie is {@code Secure} over HTTPS at a trusted proxy; once the access token expired,
 * parallel requests of one session on both replicas refresh it once
 * between them (attendance-api would take a second use of the refresh token for theft and revoke the
 * sign-in) and all succeed; signing out through B ends the session on A too. The sessions are rows of
 * the web app's own schema {@code web}.
 */
class SharedSessionsEndToEndTest {

    static final String ADMIN_PASSWORD = "Admin-" + UUID.randomUUID();
    static final String WEB_SECRET = UUID.randomUUID().toString();
    /** Access tokens live one second (plus the API's minute of clock skew), so the test sees them expire. */
    static final Duration ACCESS_TOKEN_VALID = Duration.ofSeconds(1).plusMinutes(1);
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    static final int WEB_A_PORT = freePort();

    static Map<String, String> database;
    static OidcProvider provider;
    static ServiceProcess api;
    static final List<ConfigurableApplicationContext> WEBS = new ArrayList<>();
    static String webA;
    static String webB;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        database = ServiceProcess.database("websessions");
        provider = new OidcProvider(freePort(), "http://127.0.0.1:" + WEB_A_PORT);
        Map<String, String> env = new HashMap<>(database);
        env.putAll(Map.of("FACE_SERVICE_URL", "http://127.0.0.1:9",
                "FACE_API_TOKEN", UUID.randomUUID().toString(),
                "JWT_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID(),
                "WEB_CLIENT_SECRET", WEB_SECRET,
                "ADMIN_USERNAME", "admin",
                "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "ATTENDANCE_AUTH_ACCESSTOKENTTL", "1s",
                "TZ", "UTC"));
        env.putAll(Map.of("ATTENDANCE_OIDC_ISSUER", provider.issuer(),
                "ATTENDANCE_OIDC_CLIENT_ID", OidcProvider.CLIENT_ID,
                "ATTENDANCE_OIDC_ALLOWED_DOMAINS", "school.test"));
        api = ServiceProcess.start("attendance-api", "api-websessions", env);
        webA = web("web-a", WEB_A_PORT);
        webB = web("web-b", 0);
    }

    static String web(String name, int port) {
        // command-line arguments: above the application.yml's defaults (WEB_PORT, DATABASE_URL, ...)
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AttendanceWebApplication.class).run(
                "--spring.application.name=" + name,
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database.get("DATABASE_URL"),
                "--spring.datasource.username=" + database.get("DATABASE_USER"),
                "--spring.datasource.password=" + database.get("DATABASE_PASSWORD"),
                "--attendance.api.url=" + api.url(),
                "--attendance.api.client-secret=" + WEB_SECRET,
                "--attendance.sign-in.oidc-issuer=" + provider.issuer(),
                "--attendance.sign-in.oidc-client-id=" + OidcProvider.CLIENT_ID,
                "--attendance.sign-in.oidc-client-secret=" + OidcProvider.CLIENT_SECRET,
                "--attendance.zone=UTC");
        WEBS.add(context);
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        WEBS.reversed().forEach(ConfigurableApplicationContext::close);
        if (api != null) {
            api.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aSessionMadeOnOneReplicaWorksOnTheOther() throws Exception {
        ApiCalls admin = ApiCalls.signIn(api.url(), "admin", ADMIN_PASSWORD);
        String clerkPassword = "Clerk-" + UUID.randomUUID();
        long clerkId = admin.post("/api/users", """
                {"username":"clerk","password":"%s","role":"ADMIN","enabled":true}""".formatted(clerkPassword))
                .get("id").asLong();

        // Signed in through A: the same cookie opens the dashboard through B, and through A again.
        String session = signIn(webA, "admin", ADMIN_PASSWORD);
        for (String web : List.of(webB, webA, webB, webA)) {
            HttpResponse<String> dashboard = get(web + "/", session);
            assertThat(dashboard.statusCode()).as("dashboard through %s", web).isEqualTo(200);
            assertThat(dashboard.body()).contains("navbar");
        }

        // A form rendered by A, posted to B with A's CSRF token: accepted and saved.
        String csrf = csrf(get(webA + "/subjects/new", session).body());
        HttpResponse<String> saved = post(webB + "/subjects", session, Map.of("_csrf", csrf,
                "code", "MATH10", "name", "Mathematics shared", "color", "#1f77b4"));
        assertThat(saved.statusCode()).as("the form posted to B: %s", saved.body()).isEqualTo(302);
        assertThat(location(saved)).endsWith("/subjects");
        assertThat(get(webA + "/subjects", session).body()).contains("Mathematics shared");

        // A disabled account is refused on its next request, on either replica.
        String clerk = signIn(webA, "clerk", clerkPassword);
        assertThat(get(webB + "/", clerk).statusCode()).isEqualTo(200);
        admin.send("PUT", "/api/users/" + clerkId,
                "{\"username\":\"clerk\",\"role\":\"ADMIN\",\"enabled\":false}");
        HttpResponse<String> refused = get(webB + "/", clerk);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).contains("/login");
        assertThat(location(get(webA + "/", clerk))).contains("/login");

        // The sessions are rows of the web app's own schema.
        assertThat(storedSessions()).as("sessions in web.spring_session").isPositive();

        // The session cookie is Secure on requests that came over HTTPS through a trusted proxy only.
        HttpResponse<String> overHttps = http.send(HttpRequest.newBuilder(URI.create(webA + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(overHttps.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("; Secure"));
        assertThat(get(webA + "/login", null).headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));

        // The access token expires; parallel requests of the session on both replicas all succeed, and
        // the sign-in goes on: the refresh token was used once between them.
        Thread.sleep(ACCESS_TOKEN_VALID.plusSeconds(2).toMillis());
        ExecutorService parallel = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String web = i % 2 == 0 ? webA : webB;
                calls.add(() -> get(web + "/", session));
            }
            for (Future<HttpResponse<String>> answer : parallel.invokeAll(calls)) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as("a parallel request after expiry, %s", response.headers().map())
                        .isEqualTo(200);
            }
        } finally {
            parallel.shutdown();
        }
        assertThat(get(webA + "/", session).statusCode()).isEqualTo(200);
        assertThat(get(webB + "/", session).statusCode()).isEqualTo(200);

        // Signed out through B (with the token A rendered): A no longer knows the session.
        String logoutToken = csrf(get(webA + "/subjects/new", session).body());
        HttpResponse<String> out = post(webB + "/logout", session, Map.of("_csrf", logoutToken));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(location(out)).contains("/login?logout");
        HttpResponse<String> after = get(webA + "/", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(location(after)).endsWith("/login");
    }

    @Test
    void singleSignOnStartedOnOneReplicaCompletesOnTheOther() throws Exception {
        ApiCalls admin = ApiCalls.signIn(api.url(), "admin", ADMIN_PASSWORD);
        admin.post("/api/teachers", """
                {"employeeCode":"T-001","fullName":"Tran Thi Lan","email":"lan@school.test","phone":"0901000001",
                 "subjectIds":[],"username":"lan","password":"%s"}""".formatted("Teacher-" + UUID.randomUUID()));

        // A stores the authorization request (state, nonce) in the session and sends the browser away.
        HttpResponse<String> start = get(webA + "/oauth2/authorization/oidc", null);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(location(start)).startsWith(provider.issuer());
        String cookie = sessionCookie(start);

        // The provider's own login form; it answers with a redirect to A's callback address.
        String callback = providerSignIn(location(start), "lan.tran");
        assertThat(callback).startsWith(webA + "/login/oauth2/code/oidc?");

        // The callback reaches B, as a balancer may send it: the public host is A's (X-Forwarded-Host).
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(webB
                + callback.substring(webA.length()))).header("Cookie", cookie)
                .header("X-Forwarded-Host", "127.0.0.1:" + WEB_A_PORT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(location(done)).as("the sign-in completed on B").doesNotContain("error").endsWith("/");
        String signedIn = sessionCookie(done);

        HttpResponse<String> dashboard = get(webA + "/", signedIn);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Tran Thi Lan");

        // Signing out through A ends the provider's session too, with the ID token B stored.
        HttpResponse<String> out = post(webA + "/logout", signedIn, Map.of("_csrf", csrf(dashboard.body())));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(location(out)).startsWith(provider.issuer()).contains("id_token_hint=");
        assertThat(location(get(webB + "/", signedIn))).endsWith("/login");
    }

    /**
     * Follows the provider's redirects from {@code authorize} through its login form as {@code username}
     * (a cookie jar of its own); answers the address it finally sends the browser to outside itself.
     */
    private String providerSignIn(String authorize, String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String url = authorize;
        for (int hop = 0; hop < 10; hop++) {
            // as a browser asks: the provider answers other clients 401 instead of its login page
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("name=\"password\"")) {
                String form = "username=" + username + "&password=" + OidcProvider.PASSWORD + "&_csrf="
                        + URLEncoder.encode(csrf(response.body()), StandardCharsets.UTF_8);
                response = browser.send(HttpRequest.newBuilder(URI.create(provider.issuer() + "/login"))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            }
            assertThat(response.statusCode()).as("the provider at %s", url).isEqualTo(302);
            url = URI.create(url).resolve(location(response)).toString();
            if (!url.startsWith(provider.issuer())) {
                return url;
            }
        }
        throw new AssertionError("the provider kept redirecting: " + url);
    }

    /** Signs in through the login form of {@code web}; answers the session cookie ({@code SESSION=...}). */
    private String signIn(String web, String username, String password) throws Exception {
        HttpResponse<String> page = get(web + "/login", null);
        String cookie = sessionCookie(page);
        HttpResponse<String> login = post(web + "/login", cookie, Map.of("_csrf", csrf(page.body()),
                "username", username, "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).as("sign-in of %s", username).doesNotContain("error");
        return sessionCookie(login); // a new session id after sign-in
    }

    private HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String cookie, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int storedSessions() throws SQLException {
        try (Connection c = DriverManager.getConnection(database.get("DATABASE_URL"), database.get("DATABASE_USER"),
                database.get("DATABASE_PASSWORD"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from web.spring_session")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
