package app.attendance.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signs in through the real login endpoint, creates users for tests and sends camera frames. */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final JsonMapper json = JsonMapper.builder().build();

    public Api(MockMvc mvc, JdbcClient jdbc, PasswordEncoder passwords) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** The bearer header value for the bootstrap admin. */
    public String admin() {
        return bearer("admin", ADMIN_PASSWORD);
    }

    /** Creates a teacher login for the teacher and returns its bearer header value. */
    public String teacher(long teacherId) {
        return bearer(user("TEACHER", teacherId, null), "pw-" + teacherId);
    }

    /** Creates a student login for the student and returns its bearer header value. */
    public String student(long studentId) {
        return bearer(user("STUDENT", null, studentId), "pw-" + studentId);
    }

    private String user(String role, Long teacherId, Long studentId) {
        String username = TestData.unique(role.toLowerCase());
        long id = teacherId != null ? teacherId : studentId;
        jdbc.sql("""
                insert into users (username, password_hash, role, teacher_id, student_id)
                values (:u, :p, :r, :t, :s)""")
                .param("u", username).param("p", passwords.encode("pw-" + id)).param("r", role)
                .param("t", teacherId).param("s", studentId).update();
        return username;
    }

    public JsonNode login(String username, String password) {
        try {
            String body = mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(java.util.Map.of("username", username, "password", password))))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String bearer(String username, String password) {
        return "Bearer " + login(username, password).get("accessToken").asString();
    }

    public JsonMapper json() {
        return json;
    }

    public JsonNode read(String body) {
        return json.readTree(body);
    }

    /** Posts one camera frame to a session as {@code bearer}, as the live page does; the status is not checked. */
    public MvcResult frame(long session, byte[] image, String bearer) throws Exception {
        return mvc.perform(multipart("/api/sessions/{s}/frames", session)
                .file(new MockMultipartFile("image", "frame.jpg", "image/jpeg", image))
                .header("Authorization", bearer)).andReturn();
    }

    /** The JSON body of an answer that must be 200 (the body is shown when it is not). */
    public JsonNode ok(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(200);
        return read(body);
    }
}
