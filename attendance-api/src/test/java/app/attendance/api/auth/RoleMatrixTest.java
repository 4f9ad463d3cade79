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

    /** method, url, body, then ANON, ADMIN, TEACHER_OWN, TEACHER_OTHER, STUDENT, DEVICE. */
    private static final Object[][] MATRIX = {
            {"GET", "/api/auth/me", null, 401, 200, 200, 200, 200, 401},
            {"GET", "/api/users", null, 401, 200, 403, 403, 403, 401},
            {"GET", "/api/users/{adminUser}", null, 401, 200, 403, 403, 403, 401},
            {"GET", "/api/users/0", null, 401, 404, 403, 403, 403, 401},
            {"POST", "/api/users", "{}", 401, 400, 403, 403, 403, 401},
            {"PUT", "/api/users/0", "{}", 401, 400, 403, 403, 403, 401},
            {"DELETE", "/api/users/0", null, 401, 404, 403, 403, 403, 401},
            {"POST", "/api/users/0/password", "{\"password\":\"long-enough\"}", 401, 404, 403, 403, 403, 401},
            {"GET", "/api/subjects", null, 401, 200, 200, 200, 403, 401},
            {"GET", "/api/subjects/0", null, 401, 404, 404, 404, 403, 401},
            {"POST", "/api/subjects", "{}", 401, 400, 403, 403, 403, 401},
            {"PUT", "/api/subjects/0", "{\"code\":\"X\",\"name\":\"Y\"}", 401, 404, 403, 403, 403, 401},
            {"DELETE", "/api/subjects/0", null, 401, 404, 403, 403, 403, 401},
            {"GET", "/api/rooms", null, 401, 200, 200, 200, 403, 401},
            {"POST", "/api/rooms", "{}", 401, 400, 403, 403, 403, 401},
            {"DELETE", "/api/rooms/0", null, 401, 404, 403, 403, 403, 401},
            {"GET", "/api/classes", null, 401, 200, 200, 200, 403, 401},
            {"GET", "/api/classes/{cls}", null, 401, 200, 200, 200, 403, 401},
            {"POST", "/api/classes", "{}", 401, 400, 403, 403, 403, 401},
            {"PUT", "/api/classes/0", "{\"name\":\"Z\",\"grade\":1}", 401, 404, 403, 403, 403, 401},
            {"DELETE", "/api/classes/0", null, 401, 404, 403, 403, 403, 401},
            {"GET", "/api/teachers", null, 401, 200, 200, 200, 403, 401},
            {"POST", "/api/teachers", "{}", 401, 400, 403, 403, 403, 401},
            {"DELETE", "/api/teachers/0", null, 401, 404, 403, 403, 403, 401},
            {"POST", "/api/teachers/import", "", 401, 400, 403, 403, 403, 401},
            {"GET", "/api/students", null, 401, 200, 200, 200, 403, 401},
            {"GET", "/api/students/{student}", null, 401, 200, 200, 403, 200, 401},
            {"GET", "/api/students/{otherStudent}", null, 401, 200, 403, 200, 403, 401},
            {"POST", "/api/students", "{}", 401, 400, 403, 403, 403, 401},
            {"PUT", "/api/students/0", "{}", 401, 400, 403, 403, 403, 401},
            {"PUT", "/api/students/0/consent", "{\"given\":true}", 401, 404, 403, 403, 403, 401},
            {"DELETE", "/api/students/0", null, 401, 404, 403, 403, 403, 401},
            {"POST", "/api/students/import", "", 401, 400, 403, 403, 403, 401},
            {"POST", "/api/import/oneroster", "", 401, 415, 403, 403, 403, 401},
            {"PUT", "/api/students/0/active", "{\"active\":true}", 401, 404, 403, 403, 403, 401},
            {"GET", "/api/timetable", null, 401, 200, 200, 200, 403, 401},
            {"POST", "/api/timetable", "{}", 401, 400, 403, 403, 403, 401},
            {"DELETE", "/api/timetable/0", null, 401, 404, 403, 403, 403, 401},
            {"GET", "/api/sessions", null, 401, 200, 200, 200, 403, 401},
            {"GET", "/api/sessions/{sess}", null, 401, 200, 200, 403, 403, 401},
            {"POST", "/api/sessions", "{}", 401, 400, 400, 400, 403, 401},
            {"POST", "/api/sessions/generate", "{}", 401, 400, 403, 403, 403, 401},
            {"POST", "/api/sessions/{sess}/open", null, 401, 200, 200, 403, 403, 401},
            {"GET", "/api/sessions/{sess}/roster", null, 401, 200, 200, 403, 403, 401},
            {"PUT", "/api/sessions/{sess}/attendance/{student}", "{\"status\":\"PRESENT\"}", 401, 200, 200, 403, 403,
                    401},
            {"DELETE", "/api/sessions/0", null, 401, 404, 403, 403, 403, 401},
            {"GET", "/api/attendance", null, 401, 200, 200, 200, 403, 401},
            {"GET", "/api/me/attendance", null, 401, 403, 403, 403, 200, 401},
            {"GET", "/api/audit", null, 401, 200, 403, 403, 403, 401},
            {"GET", "/api/devices", null, 401, 200, 403, 403, 403, 401},
            {"POST", "/api/devices", "{}", 401, 400, 403, 403, 403, 401},
            {"POST", "/api/devices/0/rotate-key", null, 401, 404, 403, 403, 403, 401},
            {"GET", "/api/devices/me", null, 401, 401, 401, 401, 401, 200},
            {"GET", "/actuator/health", null, 200, 200, 200, 200, 200, 200},
            {"GET", "/actuator/prometheus", null, 401, 200, 403, 403, 403, 401},
            {"GET", "/v3/api-docs", null, 200, 200, 200, 200, 200, 200},
    };

    Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : MATRIX) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(row[0], row[1], row[2], caller, row[3 + caller.ordinal()]));
            }
        }
        return cases.stream();
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
