package app.attendance.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import app.attendance.api.support.Api;
import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestData;
import app.attendance.testing.TestZone;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Calls every endpoint as anonymous, admin, a teacher of the class, a teacher of another class, a
 * student of the class and a device, and checks each status. Writes that would change shared
 * fixtures use an unknown id (404) or an empty body (400): either proves the caller got past the
 * security checks, while 401/403 prove they did not.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    /** Who calls. */
    enum Caller {
        ANON, ADMIN, TEACHER_OWN, TEACHER_OTHER, STUDENT, DEVICE
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    private final Map<Caller, String[]> headers = new java.util.EnumMap<>(Caller.class);
    private Map<String, String> ids;

    @BeforeAll
    void fixture() throws Exception {
        Api api = new Api(mvc, jdbc, passwords);
        TestData data = new TestData(jdbc);
        long own = data.teacher();
        long other = data.teacher();
        long cls = data.schoolClass(own);
        long otherCls = data.schoolClass(other);
        long student = data.student(cls);
        long otherStudent = data.student(otherCls);
        long room = data.room();
        long session = data.session(cls, data.subject(), own, room, LocalDate.now(TestZone.MIDDAY), LocalTime.of(0, 0),
                LocalTime.of(23, 59), "SCHEDULED");
        String deviceKey = api.read(mvc.perform(request(HttpMethod.POST, "/api/devices")
                .header("Authorization", api.admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + TestData.unique("cam") + "\",\"roomId\":" + room + "}"))
                .andReturn().getResponse().getContentAsString()).get("key").asString();
        long adminUser = jdbc.sql("select id from users where username = 'admin'").query(Long.class).single();
        ids = Map.of("{cls}", "" + cls, "{student}", "" + student, "{otherStudent}", "" + otherStudent,
                "{sess}", "" + session, "{adminUser}", "" + adminUser);
        headers.put(Caller.ANON, new String[0]);
        headers.put(Caller.ADMIN, new String[] {"Authorization", api.admin()});
        headers.put(Caller.TEACHER_OWN, new String[] {"Authorization", api.teacher(own)});
        headers.put(Caller.TEACHER_OTHER, new String[] {"Authorization", api.teacher(other)});
        headers.put(Caller.STUDENT, new String[] {"Authorization", api.student(student)});
        headers.put(Caller.DEVICE, new String[] {"X-Device-Key", deviceKey});
    }

    /**
     * Each request as "METHOD url" or "METHOD url body" (a trailing space sends an empty body), with the statuses
     * of ANON, ADMIN, TEACHER_OWN, TEACHER_OTHER, STUDENT, DEVICE; grouped by who may call.
     */
    private static final List<Arguments> CASES = new ArrayList<>();

    static {
        answer(adminOnly(200), "GET /api/users", "GET /api/users/{adminUser}", "GET /api/audit", "GET /api/devices",
                "GET /actuator/prometheus");
        answer(adminOnly(400), "POST /api/users {}", "PUT /api/users/0 {}", "POST /api/subjects {}",
                "POST /api/rooms {}", "POST /api/classes {}", "POST /api/teachers {}", "POST /api/teachers/import ",
                "POST /api/students {}", "PUT /api/students/0 {}", "POST /api/students/import ",
                "POST /api/timetable {}", "POST /api/sessions/generate {}", "POST /api/devices {}");
        answer(adminOnly(404), "GET /api/users/0", "DELETE /api/users/0",
                "POST /api/users/0/password {\"password\":\"long-enough\"}",
                "PUT /api/subjects/0 {\"code\":\"X\",\"name\":\"Y\"}", "DELETE /api/subjects/0",
                "DELETE /api/rooms/0", "PUT /api/classes/0 {\"name\":\"Z\",\"grade\":1}", "DELETE /api/classes/0",
                "DELETE /api/teachers/0", "PUT /api/students/0/consent {\"given\":true}", "DELETE /api/students/0",
                "PUT /api/students/0/active {\"active\":true}", "DELETE /api/timetable/0", "DELETE /api/sessions/0",
                "POST /api/devices/0/rotate-key");
        answer(adminOnly(415), "POST /api/import/oneroster ");
        answer(staff(200), "GET /api/subjects", "GET /api/rooms", "GET /api/classes", "GET /api/classes/{cls}",
                "GET /api/teachers", "GET /api/students", "GET /api/timetable", "GET /api/sessions",
                "GET /api/attendance");
        answer(staff(400), "POST /api/sessions {}");
        answer(staff(404), "GET /api/subjects/0");
        answer(new int[] {401, 200, 200, 403, 403, 401}, "GET /api/sessions/{sess}", "POST /api/sessions/{sess}/open",
                "GET /api/sessions/{sess}/roster",
                "PUT /api/sessions/{sess}/attendance/{student} {\"status\":\"PRESENT\"}");
        answer(new int[] {401, 200, 200, 403, 200, 401}, "GET /api/students/{student}");
        answer(new int[] {401, 200, 403, 200, 403, 401}, "GET /api/students/{otherStudent}");
        answer(new int[] {401, 200, 200, 200, 200, 401}, "GET /api/auth/me");
        answer(new int[] {401, 403, 403, 403, 200, 401}, "GET /api/me/attendance");
        answer(new int[] {401, 401, 401, 401, 401, 200}, "GET /api/devices/me");
        answer(new int[] {200, 200, 200, 200, 200, 200}, "GET /actuator/health", "GET /v3/api-docs");
    }

    /** Only the admin gets past security, and gets {@code admin}. */
    private static int[] adminOnly(int admin) {
        return new int[] {401, admin, 403, 403, 403, 401};
    }

    /** The admin and every teacher get {@code status}; students are refused. */
    private static int[] staff(int status) {
        return new int[] {401, status, status, status, 403, 401};
    }

    private static void answer(int[] statuses, String... requests) {
        for (String r : requests) {
            String[] parts = r.split(" ", 3);
            for (Caller caller : Caller.values()) {
                CASES.add(Arguments.of(parts[0], parts[1], parts.length > 2 ? parts[2] : null, caller,
                        statuses[caller.ordinal()]));
            }
        }
    }

    Stream<Arguments> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {3} → {4}")
    @MethodSource("cases")
    void statusFor(String method, String url, String body, Caller caller, int expected) throws Exception {
        String resolved = url;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            resolved = resolved.replace(e.getKey(), e.getValue());
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolved);
        String[] h = headers.get(caller);
        if (h.length > 0) {
            request.header(h[0], h[1]);
        }
        if (body != null) {
            request.contentType(url.endsWith("/import") ? MediaType.parseMediaType("text/csv")
                    : MediaType.APPLICATION_JSON).content(body);
        }
        int actual = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(actual).as("%s %s as %s", method, url, caller).isEqualTo(expected);
    }
}
