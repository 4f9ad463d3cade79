package app.attendance.api.attendance.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.support.Api;
import app.attendance.api.support.FaceServiceProcess;
import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestData;
import app.attendance.api.support.TestFaces;
import app.attendance.api.system.SchoolProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Taking attendance end to end: a real face-service process with the real models, real
 * PostgreSQL, the API through its security filters. Students are enrolled from face crops of
 * the demo group photos; frames are the group photos themselves.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TakingAttendanceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    RecognitionThresholds thresholds;
    @Autowired
    SchoolProperties school;
    @Autowired
    EvidenceRetention retention;
    @Autowired
    Clock clock;

    FaceServiceProcess face;
    TestFaces faces;
    Api api;
    TestData data;
    String admin;
    String teacher;
    long teacherId;
    long subjectId;
    long classA;
    long classB;
    long a1;
    long a2;
    long b1;
    long a3;
    byte[] sample1;
    byte[] sample4;
    byte[] a1Crop;
    byte[] a1Frame;
    List<TestFaces.Face> faces1;

    @BeforeAll
    void enrolTheClass() throws Exception {
        face = FaceServiceProcess.shared();
        faces = new TestFaces(face);
        api = new Api(mvc, jdbc, passwords);
        data = new TestData(jdbc);
        admin = api.admin();
        teacherId = data.teacher();
        teacher = api.teacher(teacherId);
        subjectId = data.subject();
        classA = data.schoolClass(teacherId);
        classB = data.schoolClass(null);

        sample1 = TestFaces.sample(1);
        faces1 = faces.detect(sample1);
        assertThat(faces1).hasSize(3).allMatch(TestFaces.Face::live);
        a1Crop = TestFaces.crop(sample1, faces1.get(0), 0.4);
        // A frame with only a1 in it, with enough context around the face for the liveness model.
        a1Frame = TestFaces.crop(sample1, faces1.get(0), 1.5);
        assertThat(faces.detect(a1Frame)).hasSize(1).allMatch(TestFaces.Face::live);
        a1 = consenting(classA);
        enrol(a1, a1Crop);
        a2 = consenting(classA);
        enrol(a2, TestFaces.crop(sample1, faces1.get(1), 0.4));
        b1 = consenting(classB);
        enrol(b1, TestFaces.crop(sample1, faces1.get(2), 0.4));

        sample4 = TestFaces.sample(4);
        List<TestFaces.Face> faces4 = faces.detect(sample4);
        a3 = consenting(classA);
        enrol(a3, TestFaces.crop(sample4, faces4.get(0), 0.4));
        faces.recognize(sample1, null);
    }

    @Test
    @Order(1)
    void enrolmentStoresAcceptedPhotosAndExplainsRejections() throws Exception {
        assertThat(jdbc.sql("select photo_count from students where id = :id").param("id", a1).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select enrolment_status from students where id = :id").param("id", a1)
                .query(String.class).single()).isEqualTo("ENROLLED");
        JsonNode photos = json(mvc.perform(get("/api/students/{id}/photos", a1).header("Authorization", teacher))
                .andExpect(status().isOk()).andReturn());
        assertThat(photos).hasSize(1);
        MvcResult thumb = mvc.perform(get("/api/students/{id}/photos/{p}/thumbnail", a1, photos.get(0).get("id")
                .asLong())
                .header("Authorization", teacher)).andExpect(status().isOk()).andReturn();
        assertThat(thumb.getResponse().getContentType()).isEqualTo("image/jpeg");

        long noConsent = data.student(classB);
        JsonNode refused = json(mvc.perform(multipart("/api/students/{id}/photos", noConsent)
                .file(new MockMultipartFile("photos", "x.jpg", "image/jpeg", a1Crop)).header("Authorization", admin))
                .andExpect(status().isConflict()).andReturn());
        assertThat(refused.get("code").asString()).isEqualTo("consent-required");

        long twin = consenting(classB);
        byte[] background = TestFaces.crop(sample1, new TestFaces.Face(0, 0, 120, 120, true), 0);
        JsonNode upload = json(mvc.perform(multipart("/api/students/{id}/photos", twin)
                .file(new MockMultipartFile("photos", "same.jpg", "image/jpeg",
                        TestFaces.crop(sample1, faces1.get(0), 0.3)))
                .file(new MockMultipartFile("photos", "wall.jpg", "image/jpeg", background))
                .header("Authorization", admin))
                .andExpect(status().isOk()).andReturn());
        JsonNode same = upload.get("results").get(0);
        assertThat(same.get("accepted").asBoolean()).isTrue();
        assertThat(same.get("lookAlike").get("studentId").asLong()).isEqualTo(a1);
        JsonNode wall = upload.get("results").get(1);
        assertThat(wall.get("accepted").asBoolean()).isFalse();
        assertThat(wall.get("reason").asString()).isEqualTo("NO_FACE");
        assertThat(wall.get("fileName").asString()).isEqualTo("wall.jpg");

        mvc.perform(delete("/api/students/{id}/photos/{p}", twin, same.get("photoId").asLong())
                .header("Authorization", admin)).andExpect(status().isNoContent());
        assertThat(faces.subjectStatus(SubjectIds.ofStudent(twin))).isEqualTo(404);
        assertThat(jdbc.sql("select enrolment_status from students where id = :id").param("id", twin)
                .query(String.class).single()).isEqualTo("NONE");
    }

    @Test
    @Order(2)
    void aGroupFrameMarksExactlyTheRosterStudents() throws Exception {
        long session = openSession(classA, 2);
        JsonNode result = frame(session, sample1, teacher);
        assertThat(result.get("faces")).hasSize(3);
        Map<Long, JsonNode> byStudent = byStudent(result);
        assertThat(byStudent.get(a1).get("outcome").asString()).isEqualTo("MARKED");
        assertThat(byStudent.get(a1).get("status").asString()).isEqualTo("PRESENT");
        assertThat(byStudent.get(a2).get("outcome").asString()).isEqualTo("MARKED");
        assertThat(byStudent.get(b1).get("outcome").asString()).isEqualTo("OTHER_CLASS");
        assertThat(marked(session)).containsOnlyKeys(a1, a2);

        long record = jdbc.sql("select id from attendance_records where session_id = :s and student_id = :st")
                .param("s", session).param("st", a1).query(Long.class).single();
        MvcResult evidence = mvc.perform(get("/api/sessions/{s}/evidence/{r}", session, record)
                .header("Authorization", teacher)).andExpect(status().isOk()).andReturn();
        assertThat(evidence.getResponse().getContentAsByteArray()).isNotEmpty();

        JsonNode again = frame(session, sample1, teacher);
        assertThat(byStudent(again).get(a1).get("outcome").asString()).isEqualTo("ALREADY_MARKED");

        long other = openSession(classA, 2);
        JsonNode four = frame(other, sample4, teacher);
        assertThat(byStudent(four).get(a3).get("outcome").asString()).isEqualTo("MARKED");
        assertThat(four.get("faces")).hasSize(4);
        long unknown = 0;
        for (JsonNode f : four.get("faces")) {
            if (f.get("outcome").asString().equals("UNKNOWN")) {
                unknown++;
            }
        }
        assertThat(unknown).isEqualTo(3);
        assertThat(marked(other)).containsOnlyKeys(a3);
    }

    @Test
    @Order(3)
    void aStudentFirstSeenAfterTheGracePeriodIsLate() throws Exception {
        long session = openSession(classA, 20);
        JsonNode result = frame(session, sample1, teacher);
        assertThat(byStudent(result).get(a1).get("status").asString()).isEqualTo("LATE");
        assertThat(marked(session).get(a1)).isEqualTo("LATE");
    }

    @Test
    @Order(4)
    void belowTheStrongThresholdASecondFrameConfirms() throws Exception {
        thresholds.set(null, 0.999);
        try {
            long session = openSession(classA, 2);
            JsonNode first = frame(session, sample1, teacher);
            assertThat(byStudent(first).get(a1).get("outcome").asString()).isEqualTo("CONFIRMING");
            assertThat(marked(session)).isEmpty();
            JsonNode second = frame(session, sample1, teacher);
            assertThat(byStudent(second).get(a1).get("outcome").asString()).isEqualTo("MARKED");
            assertThat(marked(session)).containsOnlyKeys(a1, a2);
        } finally {
            thresholds.set(null, null);
        }
    }

    @Test
    @Order(5)
    void aManualMarkIsNeverOverwritten() throws Exception {
        long session = openSession(classA, 2);
        jdbc.sql("""
                insert into attendance_records (session_id, student_id, status, source, changed_by)
                values (:s, :st, 'ABSENT', 'MANUAL', 'teacher')""").param("s", session).param("st", a1).update();
        JsonNode result = frame(session, sample1, teacher);
        assertThat(byStudent(result).get(a1).get("outcome").asString()).isEqualTo("ALREADY_MARKED");
        assertThat(byStudent(result).get(a1).get("status").asString()).isEqualTo("ABSENT");
        assertThat(marked(session)).containsEntry(a1, "ABSENT").containsEntry(a2, "PRESENT");
        assertThat(jdbc.sql("select source from attendance_records where session_id = :s and student_id = :st")
                .param("s", session).param("st", a1).query(String.class).single()).isEqualTo("MANUAL");
    }

    @Test
    @Order(6)
    void uncertainMatchesWaitForTheTeacher() throws Exception {
        double similarity = faces.recognize(a1Frame, SubjectIds.ofStudent(a1)).get("faces").get(0).get("match")
                .get("similarity").asDouble();
        thresholds.set(similarity - 0.02, 0.999);
        try {
            long session = openSession(classA, 2);
            frame(session, a1Frame, teacher);
            JsonNode second = frame(session, a1Frame, teacher);
            assertThat(second.get("faces").get(0).get("outcome").asString()).isEqualTo("NEEDS_CONFIRMATION");
            JsonNode pending = json(mvc.perform(get("/api/sessions/{s}/pending", session)
                    .header("Authorization", teacher)).andExpect(status().isOk()).andReturn());
            assertThat(pending).hasSize(1);
            assertThat(pending.get(0).get("studentId").asLong()).isEqualTo(a1);
            assertThat(marked(session)).isEmpty();
            JsonNode confirmed = json(mvc.perform(post("/api/sessions/{s}/pending/{p}/confirm", session,
                    pending.get(0).get("id").asLong()).header("Authorization", teacher))
                    .andExpect(status().isOk()).andReturn());
            assertThat(confirmed.get("outcome").asString()).isEqualTo("MARKED");
            assertThat(marked(session)).containsOnlyKeys(a1);

            long other = openSession(classA, 2);
            frame(other, a1Frame, teacher);
            frame(other, a1Frame, teacher);
            long pendingId = json(mvc.perform(get("/api/sessions/{s}/pending", other).header("Authorization", teacher))
                    .andReturn()).get(0).get("id").asLong();
            mvc.perform(post("/api/sessions/{s}/pending/{p}/reject", other, pendingId).header("Authorization", teacher))
                    .andExpect(status().isOk());
            frame(other, a1Frame, teacher);
            JsonNode after = frame(other, a1Frame, teacher);
            assertThat(after.get("faces").get(0).get("outcome").asString()).isEqualTo("UNKNOWN");
            assertThat(marked(other)).isEmpty();
        } finally {
            thresholds.set(null, null);
        }
    }

    @Test
    @Order(7)
    void concurrentFramesOfOneStudentMakeOneRecord() throws Exception {
        long session = openSession(classA, 2);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<MvcResult>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> api.frame(session, a1Frame, teacher));
            }
            int markedNow = 0;
            int ok = 0;
            for (Future<MvcResult> f : pool.invokeAll(calls)) {
                MvcResult r = f.get();
                assertThat(r.getResponse().getStatus()).isIn(200, 429, 503);
                if (r.getResponse().getStatus() == 200) {
                    ok++;
                    String outcome = json(r).get("faces").get(0).get("outcome").asString();
                    assertThat(outcome).isIn("MARKED", "ALREADY_MARKED");
                    markedNow += outcome.equals("MARKED") ? 1 : 0;
                }
            }
            assertThat(ok).isPositive();
            assertThat(markedNow).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from attendance_records where session_id = :s").param("s", session)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @Order(8)
    void aDeviceMarksTheSessionTheTimetableSaysIsRunning() throws Exception {
        long room = data.room();
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(school.zone());
        LocalTime start = now.toLocalTime().minusMinutes(2);
        long slot = jdbc.sql("""
                insert into timetable_slots (class_id, subject_id, teacher_id, room_id, weekday, start_time, end_time,
                                             valid_from, valid_to)
                values (:c, :s, :t, :r, :w, :st, :en, :from, :to) returning id""")
                .param("c", classA).param("s", subjectId).param("t", teacherId).param("r", room)
                .param("w", now.getDayOfWeek().name()).param("st", start).param("en", end(start))
                .param("from", now.toLocalDate().minusDays(1)).param("to", now.toLocalDate().plusDays(1))
                .query(Long.class).single();
        String key = device(room, true);

        JsonNode result = json(mvc.perform(multipart("/api/devices/frames")
                .file(new MockMultipartFile("image", "f.jpg", "image/jpeg", sample1)).header("X-Device-Key", key))
                .andExpect(status().isOk()).andReturn());
        long session = result.get("sessionId").asLong();
        assertThat(jdbc.sql("select slot_id from sessions where id = :id and status = 'OPEN'").param("id", session)
                .query(Long.class).single()).isEqualTo(slot);
        assertThat(byStudent(result).get(a1).get("outcome").asString()).isEqualTo("MARKED");
        assertThat(jdbc.sql("select source from attendance_records where session_id = :s and student_id = :st")
                .param("s", session).param("st", a1).query(String.class).single()).isEqualTo("DEVICE");

        JsonNode me = json(mvc.perform(get("/api/devices/me").header("X-Device-Key", key))
                .andExpect(status().isOk()).andReturn());
        assertThat(me.get("session").get("id").asLong()).isEqualTo(session);
        assertThat(me.get("device").get("lastSeenAt").isNull()).isFalse();

        String disabled = device(room, false);
        mvc.perform(multipart("/api/devices/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg",
                sample1))
                .header("X-Device-Key", disabled)).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/devices/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg",
                sample1))
                .header("X-Device-Key", "nope.nope")).andExpect(status().isUnauthorized());
    }

    @Test
    @Order(9)
    void withdrawingConsentErasesPhotosAndFaces() throws Exception {
        byte[] sample3 = TestFaces.sample(3);
        long student = consenting(classB);
        enrol(student, TestFaces.crop(sample3, faces.detect(sample3).get(0), 0.4));
        assertThat(faces.subjectStatus(SubjectIds.ofStudent(student))).isEqualTo(200);

        mvc.perform(put("/api/students/{id}/consent", student).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"given\": false}")).andExpect(status().isOk());

        assertThat(faces.subjectStatus(SubjectIds.ofStudent(student))).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from student_photos where student_id = :id").param("id", student)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select photo_count from students where id = :id").param("id", student)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select enrolment_status from students where id = :id").param("id", student)
                .query(String.class).single()).isEqualTo("NONE");
        assertThat(jdbc.sql(
                "select count(*) from audit_log where entity = 'student' and entity_id = :id and action = 'ERASE_BIOMETRICS'")
                .param("id", student).query(Long.class).single()).isEqualTo(1);

        long deleted = consenting(classB);
        enrol(deleted, TestFaces.crop(sample3, faces.detect(sample3).get(1), 0.4));
        mvc.perform(delete("/api/students/{id}", deleted).header("Authorization", admin))
                .andExpect(status().is2xxSuccessful());
        assertThat(faces.subjectStatus(SubjectIds.ofStudent(deleted))).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from student_photos where student_id = :id").param("id", deleted)
                .query(Long.class).single()).isZero();
    }

    @Test
    @Order(10)
    void whenFaceServiceIsDownFramesAreRefusedQuicklyAndItRecoversByItself() throws Exception {
        long session = openSession(classA, 2);
        face.stop();
        try {
            for (int i = 0; i < 4; i++) {
                long t0 = System.nanoTime();
                MvcResult r = api.frame(session, sample1, teacher);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertThat(r.getResponse().getStatus()).isEqualTo(503);
                assertThat(r.getResponse().getHeader("Retry-After")).isNotBlank();
                assertThat(json(r).get("code").asString()).isEqualTo("face-service-unavailable");
                assertThat(millis).isLessThan(2000);
            }
            long student = consenting(classB);
            mvc.perform(multipart("/api/students/{id}/photos", student)
                    .file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", a1Crop)).header("Authorization",
                            admin))
                    .andExpect(status().isServiceUnavailable());
            assertThat(jdbc.sql("select count(*) from student_photos where student_id = :id").param("id", student)
                    .query(Long.class).single()).isZero();
            assertThat(marked(session)).isEmpty();
        } finally {
            face.start();
        }
        if (faces.subjectStatus(SubjectIds.ofStudent(a1)) == 404) {
            // A face-service built with the in-memory index forgets its faces on restart.
            faces.enrol(SubjectIds.ofStudent(a1), a1Crop);
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        MvcResult r;
        do {
            Thread.sleep(500);
            r = api.frame(session, a1Frame, teacher);
        } while (r.getResponse().getStatus() == 503 && System.nanoTime() < deadline);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(json(r).get("faces").get(0).get("outcome").asString()).isEqualTo("MARKED");
    }

    @Test
    @Order(11)
    void evidenceIsDeletedAfterTheRetentionPeriod() throws Exception {
        long session = openSession(classA, 2);
        frame(session, a1Frame, teacher);
        long record = jdbc.sql("select id from attendance_records where session_id = :s and student_id = :st")
                .param("s", session).param("st", a1).query(Long.class).single();
        mvc.perform(get("/api/sessions/{s}/evidence/{r}", session, record).header("Authorization", teacher))
                .andExpect(status().isOk());
        jdbc.sql("update attendance_evidence set created_at = now() - interval '31 days' where record_id = :r")
                .param("r", record).update();

        retention.purge();

        mvc.perform(get("/api/sessions/{s}/evidence/{r}", session, record).header("Authorization", teacher))
                .andExpect(status().isNotFound());
        assertThat(marked(session)).containsKey(a1);
    }

    @Test
    @Order(12)
    void reEnrolmentResendsEveryStoredPhoto() throws Exception {
        JsonNode started = json(mvc.perform(post("/api/enrolment/resync").header("Authorization", admin))
                .andExpect(status().isAccepted()).andReturn());
        assertThat(started.get("state").asString()).isEqualTo("RUNNING");
        mvc.perform(post("/api/enrolment/resync").header("Authorization", teacher)).andExpect(status().isForbidden());
        JsonNode progress;
        long deadline = System.nanoTime() + 120_000_000_000L;
        do {
            Thread.sleep(300);
            progress = json(mvc.perform(get("/api/enrolment/resync").header("Authorization", admin))
                    .andExpect(status().isOk()).andReturn());
        } while (progress.get("state").asString().equals("RUNNING") && System.nanoTime() < deadline);
        assertThat(progress.get("state").asString()).as(progress.toString()).isEqualTo("DONE");
        assertThat(progress.get("studentsDone").asInt()).isEqualTo(progress.get("students").asInt());
        assertThat(progress.get("accepted").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(faces.subjectStatus(SubjectIds.ofStudent(a2))).isEqualTo(200);

        long session = openSession(classA, 2);
        Map<Long, JsonNode> result = byStudent(frame(session, sample1, teacher));
        assertThat(result.get(a1).get("outcome").asString()).isEqualTo("MARKED");
        assertThat(result.get(a2).get("outcome").asString()).isEqualTo("MARKED");
    }

    // --- helpers ---

    private long consenting(long classId) {
        long id = data.student(classId);
        jdbc.sql("update students set consent_given = true, consent_date = current_date where id = :id")
                .param("id", id).update();
        return id;
    }

    private void enrol(long studentId, byte[] photo) throws Exception {
        JsonNode result = json(mvc.perform(multipart("/api/students/{id}/photos", studentId)
                .file(new MockMultipartFile("photos", "face.jpg", "image/jpeg", photo))
                .header("Authorization", admin))
                .andExpect(status().isOk()).andReturn());
        assertThat(result.get("results").get(0).get("accepted").asBoolean())
                .as("enrolment of student %d: %s", studentId, result).isTrue();
    }

    private long openSession(long classId, int minutesSinceStart) {
        return data.openSessionNow(clock, school.zone(), classId, subjectId, teacherId, minutesSinceStart);
    }

    private static LocalTime end(LocalTime start) {
        LocalTime end = start.plusMinutes(90);
        return end.isBefore(start) ? LocalTime.of(23, 59, 59) : end;
    }

    private String device(long room, boolean enabled) throws Exception {
        String prefix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String key = prefix + "." + UUID.randomUUID();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("""
                insert into devices (name, room_id, key_prefix, key_hash, enabled)
                values (:n, :r, :p, :h, :e)""")
                .param("n", TestData.unique("camera")).param("r", room).param("p", prefix).param("h", hash)
                .param("e", enabled).update();
        return key;
    }

    private JsonNode frame(long session, byte[] jpeg, String bearer) throws Exception {
        return json(mvc.perform(multipart("/api/sessions/{s}/frames", session)
                .file(new MockMultipartFile("image", "frame.jpg", "image/jpeg", jpeg))
                .header("Authorization", bearer))
                .andExpect(status().isOk()).andReturn());
    }

    private Map<Long, String> marked(long session) {
        Map<Long, String> marked = new HashMap<>();
        jdbc.sql("select student_id, status from attendance_records where session_id = :s").param("s", session)
                .query(rs -> {
                    marked.put(rs.getLong(1), rs.getString(2));
                });
        return marked;
    }

    private static Map<Long, JsonNode> byStudent(JsonNode result) {
        Map<Long, JsonNode> map = new HashMap<>();
        for (JsonNode f : result.get("faces")) {
            if (f.hasNonNull("studentId")) {
                map.put(f.get("studentId").asLong(), f);
            }
        }
        return map;
    }

    private JsonNode json(MvcResult result) throws Exception {
        return api.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
