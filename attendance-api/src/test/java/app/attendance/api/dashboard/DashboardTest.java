package app.attendance.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.report.Counts;
import app.attendance.api.report.DaySession;
import app.attendance.api.support.Api;
import app.attendance.api.support.TestData;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard on real PostgreSQL, with face-service played by a tiny HTTP server on a free port
 * that checks the service token and answers {@code /v1/info} (then stops, to see the dashboard
 * degrade).
 */
@SpringBootTest(properties = {
        "attendance.admin.username=admin",
        "attendance.admin.password=admin-password-for-tests",
        "attendance.zone=Europe/Berlin",
        "attendance.face-service.token=dash-token"})
@AutoConfigureMockMvc
class DashboardTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static HttpServer face;

    @DynamicPropertySource
    static void faceService(DynamicPropertyRegistry registry) throws IOException {
        face = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        face.createContext("/v1/info", exchange -> {
            boolean authorised = "Bearer dash-token".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (authorised
                    ? "{\"modelId\":\"fr_feature\",\"embeddingSize\":512,\"index\":{\"faces\":42,\"subjects\":7,\"diskBytes\":1}}"
                    : "{\"status\":401}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(authorised ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        face.start();
        registry.add("attendance.face-service.url", () -> "http://127.0.0.1:" + face.getAddress().getPort());
    }

    @Autowired
    DashboardService dashboards;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    PasswordEncoder passwords;

    TestData data;
    long teacher;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc);
        teacher = data.teacher();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTeachersDashboardCountsTheirSessionsOfTodayAndThisWeek() {
        long classId = data.schoolClass(teacher);
        long subject = data.subject();
        long an = data.student(classId);
        long binh = data.student(classId);
        data.student(classId);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long now = data.session(classId, subject, teacher, null, today, LocalTime.of(8, 0), LocalTime.of(8, 45),
                "OPEN");
        record(now, an, "PRESENT");
        record(now, binh, "LATE");
        long weekPresent = 1;
        long weekLate = 1;
        long weekAbsent = 0;
        for (int i = 1; i <= 5; i++) {
            LocalDate day = today.minusDays(i);
            long s = data.session(classId, subject, teacher, null, day, LocalTime.of(8, 0), LocalTime.of(8, 45),
                    "CLOSED");
            record(s, an, "ABSENT");
            record(s, binh, "PRESENT");
            if (!day.isBefore(monday)) {
                weekAbsent++;
                weekPresent++;
            }
        }
        signInAsTeacher(teacher);

        Dashboard d = dashboards.dashboard();

        assertThat(d.date()).isEqualTo(today);
        assertThat(d.sessions()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(now);
            assertThat(s.roster()).isEqualTo(3);
            assertThat(s.unmarked()).isEqualTo(1);
            assertThat(s.counts()).isEqualTo(Counts.of(1, 1, 0, 0));
        });
        assertThat(d.today()).isEqualTo(Counts.of(1, 1, 0, 0));
        assertThat(d.week()).isEqualTo(Counts.of(weekPresent, weekLate, weekAbsent, 0));
        assertThat(d.atRisk()).isEqualTo(1); // An: 0 of 5 counted, below 80 %
        assertThat(d.activity()).isEmpty();
    }

    @Test
    void anotherTeacherSeesNoneOfIt() {
        long classId = data.schoolClass(teacher);
        data.session(classId, data.subject(), teacher, null, LocalDate.now(ZONE), LocalTime.of(8, 0),
                LocalTime.of(8, 45), "OPEN");
        signInAsTeacher(data.teacher());

        assertThat(dashboards.dashboard().sessions()).extracting(DaySession::id).isEmpty();
    }

    @Test
    void devicesSeenInTheLastTwoMinutesAreOnline() {
        signInAsTeacher(teacher);
        Dashboard.Devices before = dashboards.dashboard().devices();
        long room = data.room();
        device(room, Instant.now().minusSeconds(30));
        device(room, Instant.now().minus(10, ChronoUnit.MINUTES));

        Dashboard.Devices after = dashboards.dashboard().devices();

        assertThat(after.total() - before.total()).isEqualTo(2);
        assertThat(after.online() - before.online()).isEqualTo(1);
    }

    @Test
    void faceServiceIsShownUpWithItsIndexAndDownWhenItStops() throws Exception {
        String admin = new Api(mvc, jdbc, passwords).admin();
        mvc.perform(get("/api/dashboard").header("Authorization", admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.faceService.up").value(true))
                .andExpect(jsonPath("$.faceService.indexFaces").value(42))
                .andExpect(jsonPath("$.faceService.modelId").value("fr_feature"))
                .andExpect(jsonPath("$.activity").isArray());

        face.stop(0);

        mvc.perform(get("/api/dashboard").header("Authorization", admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.faceService.up").value(false))
                .andExpect(jsonPath("$.faceService.error").isNotEmpty())
                .andExpect(jsonPath("$.today").exists());
        mvc.perform(get("/api/dashboard")).andExpect(status().isUnauthorized());
    }

    private void signInAsTeacher(long teacherId) {
        Jwt jwt = Jwt.withTokenValue("test").header("alg", "none").subject("teacher-" + teacherId)
                .claim("uid", 1L).claim("role", "TEACHER").claim("tid", teacherId).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }

    private void record(long session, long student, String status) {
        jdbc.sql(
                "insert into attendance_records (session_id, student_id, status, source) values (:s, :st, :x, 'MANUAL')")
                .param("s", session).param("st", student).param("x", status).update();
    }

    private void device(long room, Instant seen) {
        jdbc.sql("""
                insert into devices (name, room_id, key_prefix, key_hash, last_seen_at)
                values (:n, :r, :p, 'x', :seen)""")
                .param("n", TestData.unique("cam")).param("r", room).param("p", TestData.unique("k"))
                .param("seen", Timestamp.from(seen)).update();
    }
}
