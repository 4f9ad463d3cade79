package app.attendance.api.attendance.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.AttendanceApiApplication;
import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.support.Api;
import app.attendance.api.support.ClassroomFrame;
import app.attendance.api.support.ClassroomFrame.Seat;
import app.attendance.api.support.FaceServiceProcess;
import app.attendance.api.support.TestData;
import app.attendance.api.support.TestFaces;
import app.attendance.testing.TestZone;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two API replicas (two applications on their own ports, one PostgreSQL, the real face-service):
 * a classroom session whose frames alternate between them ends with the same marks and the same
 * pending reviews as a session whose frames all go to one replica, marks that need the evidence of
 * both frames included; and a scheduled job run by one replica is skipped by the other (ShedLock).
 */
class ReplicasAttendanceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ZoneId ZONE = TestZone.MIDDAY;
    private static final String JWT_SECRET = "replicas-test-jwt-secret-of-enough-bytes";

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        a = replica();
        b = replica();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static ConfigurableApplicationContext replica() {
        return new SpringApplication(AttendanceApiApplication.class).run("--server.port=0",
                "--attendance.admin.username=admin", "--attendance.admin.password=" + Api.ADMIN_PASSWORD,
                "--attendance.auth.jwt-secret=" + JWT_SECRET, "--attendance.zone=" + ZONE.getId(),
                "--spring.main.banner-mode=off");
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void framesAlternatingBetweenReplicasMarkAndQueueWhatOneReplicaDoes() throws Exception {
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        TestData data = new TestData(jdbc);
        TestFaces faces = new TestFaces(FaceServiceProcess.shared());
        String admin = login(a, "admin", Api.ADMIN_PASSWORD);
        long teacherId = data.teacher();
        String teacherName = TestData.unique("teacher");
        jdbc.sql("insert into users (username, password_hash, role, teacher_id) values (:u, :p, 'TEACHER', :t)")
                .param("u", teacherName).param("p", a.getBean(PasswordEncoder.class).encode("pw-teacher"))
                .param("t", teacherId).update();
        String teacherOnA = login(a, teacherName, "pw-teacher");
        String teacherOnB = login(b, teacherName, "pw-teacher");
        long subject = data.subject();
        long schoolClass = data.schoolClass(teacherId);

        List<Seat> people = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            byte[] photo = TestFaces.sample(n);
            List<TestFaces.Face> found = faces.detect(photo);
            for (int i = 0; i < found.size(); i++) {
                people.add(new Seat("s" + n + "-" + i, photo, found.get(i)));
            }
        }
        List<Long> students = new ArrayList<>();
        try {
            for (int i = 0; i < people.size(); i++) {
                long student = data.student(schoolClass);
                students.add(student);
                jdbc.sql("update students set consent_given = true, consent_date = current_date where id = :id")
                        .param("id", student).update();
                // Enrolled alternately through either replica.
                HttpResponse<String> r = send(multipart(base(i % 2 == 0 ? a : b) + "/api/students/" + student
                        + "/photos", admin, "photos", TestFaces.crop(people.get(i).photo(), people.get(i).box(), 0.4)));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
            long one = data.openSessionNow(Clock.systemUTC(), ZONE, schoolClass, subject, teacherId, 2);
            long two = data.openSessionNow(Clock.systemUTC(), ZONE, schoolClass, subject, teacherId, 2);
            // Faces of 60 px are too small for the liveness model: a mark needs the evidence of two frames,
            // which for session two were taken by different replicas.
            Set<Long> afterFirst = Set.of();
            for (long seed = 1; seed <= 2; seed++) {
                byte[] frame = ClassroomFrame.compose(people, 60, seed).jpeg();
                // Each frame goes to both sessions at about the same time, so both see the same evidence window.
                frame(a, teacherOnA, one, frame);
                frame(seed == 1 ? a : b, seed == 1 ? teacherOnA : teacherOnB, two, frame);
                if (seed == 1) {
                    afterFirst = ids(jdbc, "select student_id from attendance_records where session_id = :s", two);
                }
            }
            Set<Long> markedOne = ids(jdbc, "select student_id from attendance_records where session_id = :s", one);
            Set<Long> markedTwo = ids(jdbc, "select student_id from attendance_records where session_id = :s", two);
            Set<String> pendingOne = reviews(jdbc, one);
            Set<String> pendingTwo = reviews(jdbc, two);
            System.out.printf("one replica: marked %s, pending %s; two replicas: marked %s, pending %s%n", markedOne,
                    pendingOne, markedTwo, pendingTwo);
            assertThat(markedOne).as("a classroom is marked over frames").isNotEmpty();
            assertThat(markedTwo).isEqualTo(markedOne);
            assertThat(markedTwo).as("marked on evidence from both replicas").hasSizeGreaterThan(afterFirst.size());
            assertThat(pendingTwo).isEqualTo(pendingOne);
            assertThat(jdbc.sql("select count(*) from face_tracks where session_id = :s").param("s", two)
                    .query(Long.class).single()).as("marked faces are followed across replicas").isPositive();
        } finally {
            // The face-service process is shared with other tests: leave its index as it was.
            students.forEach(id -> faces.delete(SubjectIds.ofStudent(id)));
        }
    }

    @Test
    void aScheduledJobRunByOneReplicaIsSkippedByTheOther() {
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        TestData data = new TestData(jdbc);
        long teacherId = data.teacher();
        long session = data.openSessionNow(Clock.systemUTC(), ZONE, data.schoolClass(teacherId), data.subject(),
                teacherId, 2);
        jdbc.sql("delete from shedlock where name = 'evidence-retention'").update();
        Instant old = Instant.now().minus(Duration.ofHours(1));
        long first = oldSighting(jdbc, session, old);
        a.getBean(EvidenceRetention.class).scheduledPurge();
        assertThat(exists(jdbc, first)).as("replica A ran the job").isFalse();

        long second = oldSighting(jdbc, session, old);
        b.getBean(EvidenceRetention.class).scheduledPurge();
        assertThat(exists(jdbc, second)).as("replica B skipped this run: A holds it").isTrue();
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'evidence-retention'").query(Long.class)
                .single()).isEqualTo(1);
        // Called directly (not as the schedule), the purge still runs.
        b.getBean(EvidenceRetention.class).purge();
        assertThat(exists(jdbc, second)).isFalse();
    }

    private static long oldSighting(JdbcClient jdbc, long session, Instant at) {
        return jdbc.sql("insert into face_sightings (session_id, student_id, seen_at, weight, liveness)"
                + " values (:s, 1, :at, 1, 'LIVE') returning id").param("s", session)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    private static boolean exists(JdbcClient jdbc, long sighting) {
        return jdbc.sql("select count(*) from face_sightings where id = :id").param("id", sighting)
                .query(Long.class).single() > 0;
    }

    private static Set<Long> ids(JdbcClient jdbc, String sql, long session) {
        return new TreeSet<>(jdbc.sql(sql).param("s", session).query(Long.class).list());
    }

    private static Set<String> reviews(JdbcClient jdbc, long session) {
        return new TreeSet<>(jdbc.sql("select student_id || ':' || reason from pending_matches"
                + " where session_id = :s and status = 'OPEN'").param("s", session).query(String.class).list());
    }

    private static void frame(ConfigurableApplicationContext replica, String bearer, long session, byte[] jpeg)
            throws Exception {
        HttpResponse<String> r = send(multipart(base(replica) + "/api/sessions/" + session + "/frames", bearer,
                "image", jpeg));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static String login(ConfigurableApplicationContext replica, String username, String password)
            throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base(replica) + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        java.util.Map.of("username", username, "password", password))))
                .build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        return "Bearer " + body.get("accessToken").asString();
    }

    private static HttpRequest multipart(String url, String bearer, String part, byte[] jpeg) throws Exception {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"f.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(jpeg);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
