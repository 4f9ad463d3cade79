package app.attendance.web.system;

import app.attendance.testing.TestZone;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Several replicas on one PostgreSQL, as a district runs them: two face-service and two
 * attendance-api processes from their packaged jars on loopback ports (real models, real HTTP),
 * each API given both face-service addresses. A photo enrolled through one API replica is
 * recognised through the other at once; frames of one session alternating between the API replicas
 * mark exactly the enrolled students; a student erased through one replica is gone from both
 * indexes; {@code kill -9} of one replica of each under a stream of frames and enrolments loses no
 * acknowledged enrolment and no attendance record while the survivors keep answering; a face-service
 * replica started afterwards catches up from the database.
 */
class ClusterEndToEndTest {

    static final String FACE_TOKEN = UUID.randomUUID().toString();
    static final String ADMIN_PASSWORD = "Admin-" + UUID.randomUUID();
    static final String JWT_SECRET = UUID.randomUUID() + "-" + UUID.randomUUID();
    static final Path SAMPLE = DemoPhoto.SAMPLE;
    static final List<ServiceProcess> STARTED = new ArrayList<>();

    @AfterAll
    static void stop() {
        STARTED.reversed().forEach(ServiceProcess::close);
    }

    static ServiceProcess face(String name) throws IOException {
        ServiceProcess service = DemoPhoto.faceService(name, ServiceProcess.database("cluster"), FACE_TOKEN);
        STARTED.add(service);
        return service;
    }

    static ServiceProcess api(String name, String faceUrls) {
        Map<String, String> env = new HashMap<>(ServiceProcess.database("cluster"));
        env.putAll(Map.of("FACE_SERVICE_URL", faceUrls,
                "FACE_API_TOKEN", FACE_TOKEN,
                "JWT_SECRET", JWT_SECRET,
                "ADMIN_USERNAME", "admin",
                "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "TZ", "UTC"));
        env.put("ATTENDANCE_ZONE", TestZone.id());
        ServiceProcess service = ServiceProcess.start("attendance-api", name, env);
        STARTED.add(service);
        return service;
    }

    @Test
    void replicasShareEnrolmentsMarksAndErasureAndSurviveAKill() throws Exception {
        ServiceProcess faceA = face("face-a");
        ServiceProcess faceB = face("face-b");
        ServiceProcess apiA = api("api-a", faceA.url() + "," + faceB.url());
        ServiceProcess apiB = api("api-b", faceB.url() + "," + faceA.url());
        ApiCalls indexA = new ApiCalls(faceA.url(), FACE_TOKEN);
        ApiCalls indexB = new ApiCalls(faceB.url(), FACE_TOKEN);
        List<byte[]> faces = DemoPhoto.faceCrops(indexA);
        assertThat(faces).as("faces in the demo photo").hasSize(3);
        byte[] classPhoto = Files.readAllBytes(SAMPLE);

        ApiCalls adminA = ApiCalls.signIn(apiA.url(), "admin", ADMIN_PASSWORD);
        ApiCalls adminB = ApiCalls.signIn(apiB.url(), "admin", ADMIN_PASSWORD);
        JsonNode teacher = adminA.post("/api/teachers", """
                {"employeeCode":"T-001","fullName":"Tran Thi Lan","email":"lan@school.test","phone":"0901000001",
                 "subjectIds":[]}""");
        JsonNode subject = adminA.post("/api/subjects", "{\"code\":\"MATH10\",\"name\":\"Mathematics\"}");
        JsonNode room = adminA.post("/api/rooms", "{\"name\":\"Room 101\",\"capacity\":40}");
        long classId = adminA.post("/api/classes", "{\"name\":\"10A1\",\"grade\":10}").get("id").asLong();
        long otherClassId = adminA.post("/api/classes", "{\"name\":\"10A2\",\"grade\":10}").get("id").asLong();
        long an = student(adminA, "S-101", "Nguyen Thi An", classId);
        long binh = student(adminA, "S-102", "Pham Van Binh", classId);
        long cuong = student(adminA, "S-103", "Do Minh Cuong", classId);

        // An is enrolled through API replica A, Binh through B; both face-service replicas hold both.
        enrol(adminA, an, faces.get(0));
        enrol(adminB, binh, faces.get(1));
        Set<String> enrolled = Set.of("student-" + an, "student-" + binh);
        eventually(Duration.ofSeconds(10), () -> subjects(indexA).equals(enrolled) && subjects(indexB).equals(
                enrolled), "both face-service replicas hold the faces enrolled through either API replica");

        // Frames of one session alternate between the API replicas: exactly An and Binh are marked.
        LocalTime now = LocalTime.now(TestZone.MIDDAY).withSecond(0).withNano(0);
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH:mm");
        long sessionId = adminA.post("/api/sessions", """
                {"classId":%d,"subjectId":%d,"teacherId":%d,"roomId":%d,"date":"%s","startTime":"%s","endTime":"%s"}"""
                .formatted(classId, subject.get("id").asLong(), teacher.get("id").asLong(), room.get("id").asLong(),
                        LocalDate.now(TestZone.MIDDAY), now.minusMinutes(2).format(hm), now.plusMinutes(45).format(
                                hm))).get("id").asLong();
        adminB.post("/api/sessions/" + sessionId + "/open", null);
        for (int frame = 0; frame < 12 && !(marked(adminA, sessionId, an) && marked(adminA, sessionId,
                binh)); frame++) {
            (frame % 2 == 0 ? adminA : adminB).postFrame("/api/sessions/" + sessionId + "/frames", classPhoto);
        }
        assertThat(marked(adminB, sessionId, an)).as("An marked from frames spread over both replicas").isTrue();
        assertThat(marked(adminB, sessionId, binh)).as("Binh marked from frames spread over both replicas").isTrue();
        assertThat(marked(adminB, sessionId, cuong)).as("Cuong has no photo and is not marked").isFalse();

        // Binh's consent is withdrawn through B: his faces leave both face-service replicas.
        adminB.send("PUT", "/api/students/" + binh + "/consent", "{\"given\":false}");
        eventually(Duration.ofSeconds(10), () -> subjects(indexA).equals(Set.of("student-" + an)) && subjects(
                indexB).equals(Set.of("student-" + an)),
                "the erased student's faces are gone from both face-service replicas");

        // A stream of frames and enrolments through both API replicas; one replica of each is killed.
        AtomicBoolean aliveA = new AtomicBoolean(true);
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Long, Boolean> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger framesAnswered = new AtomicInteger();
        AtomicInteger framesAfterKill = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(2);
        Future<?> frames = load.submit(() -> {
            for (int i = 0; running.get(); i++) {
                ApiCalls via = i % 2 == 0 && aliveA.get() ? adminA : adminB;
                try {
                    via.postFile("/api/sessions/" + sessionId + "/frames", "image", "frame.jpg", classPhoto);
                    framesAnswered.incrementAndGet();
                    if (!aliveA.get()) {
                        framesAfterKill.incrementAndGet();
                    }
                } catch (IllegalStateException refused) {
                    // the killed replica, or a request it took down with it: not acknowledged
                }
            }
        });
        Future<?> enrolments = load.submit(() -> {
            for (int i = 0; running.get(); i++) {
                ApiCalls via = i % 2 == 0 && aliveA.get() ? adminA : adminB;
                try {
                    long id = student(via, "S-2%02d".formatted(i), "Stream Student " + i, otherClassId);
                    enrol(via, id, faces.get(2));
                    acknowledged.put(id, true);
                } catch (IllegalStateException refused) {
                    // not acknowledged: may or may not exist, but nothing acknowledged may be lost
                }
            }
        });
        eventually(Duration.ofSeconds(120), () -> acknowledged.size() >= 2, "enrolments acknowledged before the kill");
        faceA.kill();
        apiA.kill();
        aliveA.set(false);
        int ackedAtKill = acknowledged.size();
        eventually(Duration.ofSeconds(120), () -> acknowledged.size() >= ackedAtKill + 2 && framesAfterKill.get() >= 2,
                "the surviving replicas keep answering frames and enrolments");
        running.set(false);
        frames.get();
        enrolments.get();
        load.shutdown();

        // Nothing acknowledged is lost: every acknowledged enrolment has its photo row (through the
        // surviving API) and its faces in the surviving face-service; the marks stay.
        Set<String> survivors = subjects(indexB);
        for (long id : acknowledged.keySet()) {
            JsonNode photos = adminB.get("/api/students/" + id + "/photos");
            assertThat(photos.toString()).as("student %d's acknowledged photo", id).contains("\"faceId\"");
            assertThat(survivors).as("student %d's acknowledged faces in the surviving face-service", id).contains(
                    "student-" + id);
        }
        assertThat(marked(adminB, sessionId, an)).isTrue();
        assertThat(marked(adminB, sessionId, binh)).isTrue();
        assertThat(framesAnswered.get()).isPositive();

        // A face-service replica started now builds its index from the database: the same faces.
        ServiceProcess faceC = face("face-c");
        assertThat(subjects(new ApiCalls(faceC.url(), FACE_TOKEN))).isEqualTo(subjects(indexB));
    }

    private static long student(ApiCalls api, String code, String name, long classId) {
        long id = api.post("/api/students", """
                {"studentCode":"%s","fullName":"%s","classId":%d,"gender":"MALE","dateOfBirth":"2010-03-01"}"""
                .formatted(code, name, classId)).get("id").asLong();
        api.send("PUT", "/api/students/" + id + "/consent", "{\"given\":true}");
        return id;
    }

    private static void enrol(ApiCalls api, long studentId, byte[] photo) {
        JsonNode result = api.postFile("/api/students/" + studentId + "/photos", "photos", "face.jpg", photo);
        assertThat(result.toString()).as("enrolment of student %d", studentId).contains("\"accepted\":true");
    }

    private static boolean marked(ApiCalls api, long sessionId, long studentId) {
        for (JsonNode row : api.get("/api/sessions/" + sessionId + "/roster")) {
            if (row.get("studentId").asLong() == studentId) {
                String status = row.path("status").asString("");
                return status.equals("PRESENT") || status.equals("LATE");
            }
        }
        return false;
    }

    /** The subjects one face-service replica holds faces of (its paged listing, every page). */
    private static Set<String> subjects(ApiCalls index) {
        Set<String> all = new TreeSet<>();
        String after = null;
        do {
            JsonNode page = index.get("/v1/subjects?limit=500" + (after == null ? "" : "&after=" + after));
            page.get("subjects").forEach(s -> all.add(s.get("subjectId").asString()));
            after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.get("next")
                    .asString();
        } while (after != null);
        return all;
    }

    private static void eventually(Duration timeout, Supplier<Boolean> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(200);
        }
    }
}
