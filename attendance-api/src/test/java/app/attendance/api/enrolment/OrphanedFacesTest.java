package app.attendance.api.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.faceclient.FaceRecords.SubjectPage;
import app.attendance.api.faceclient.FaceRecords.SubjectSummary;
import app.attendance.api.faceclient.FaceServiceClient;
import app.attendance.api.faceclient.FaceServiceProperties;
import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.student.StudentDirectory;
import app.attendance.api.support.Api;
import app.attendance.api.support.FaceServiceProcess;
import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestData;
import app.attendance.api.support.TestFaces;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestClient;

/**
 * Faces in face-service that the database does not account for (issue 13, defect 1): what a
 * {@code kill -9} between face-service's enrolment and the database write leaves behind is
 * simulated by enrolling straight at the real face-service. The reconciler removes such faces;
 * erasure deletes the subject even when the database shows no photo.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrphanedFacesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    FaceSyncReconciler reconciler;
    @Autowired
    FaceSyncIntents intents;
    @Autowired
    FaceServiceClient client;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FaceSyncProperties properties;
    @Autowired
    StudentDirectory students;

    FaceServiceProcess face;
    TestFaces faces;
    TestData data;
    String admin;
    long classId;
    List<byte[]> crops = new ArrayList<>();

    @BeforeAll
    void setUp() {
        face = FaceServiceProcess.shared();
        faces = new TestFaces(face);
        data = new TestData(jdbc);
        admin = new Api(mvc, jdbc, passwords).admin();
        classId = data.schoolClass(null);
        byte[] sample = TestFaces.sample(1);
        for (TestFaces.Face f : faces.detect(sample)) {
            crops.add(TestFaces.crop(sample, f, 0.4));
        }
    }

    @Test
    void reconcilerRemovesFacesThatNoPhotoRowClaims() throws Exception {
        long noRows = consenting();
        faces.enrol(subject(noRows), crops.get(0));
        long noConsent = data.student(classId);
        faces.enrol(subject(noConsent), crops.get(1));
        long gone = data.student(classId);
        jdbc.sql("delete from students where id = :id").param("id", gone).update();
        faces.enrol(subject(gone), crops.get(2));
        long enrolled = consenting();
        enrolThroughApi(enrolled, crops.get(0));
        faces.enrol(subject(enrolled), crops.get(1)); // one more face than the student's one photo row
        long busy = consenting();
        intents.open(busy, FaceSyncIntents.Operation.ENROL); // an enrolment between face-service and database
        faces.enrol(subject(busy), crops.get(2));
        faces.enrol("visitor-" + noRows, crops.get(0)); // not one of ours

        FaceSyncReconciler.Pass pass = reconciler.reconcile();

        assertThat(pass.ran()).isTrue();
        assertThat(faces.subjectStatus(subject(noRows))).isEqualTo(404);
        assertThat(faces.subjectStatus(subject(noConsent))).isEqualTo(404);
        assertThat(faces.subjectStatus(subject(gone))).isEqualTo(404);
        assertThat(client.subject(subject(enrolled)).orElseThrow().faces()).singleElement()
                .satisfies(f -> assertThat(f.faceId()).isEqualTo(jdbc.sql(
                        "select face_id from student_photos where student_id = :id").param("id", enrolled)
                        .query(String.class).single()));
        assertThat(faces.subjectStatus(subject(busy))).as("a fresh intent protects an enrolment under way").isEqualTo(
                200);
        assertThat(faces.subjectStatus("visitor-" + noRows)).isEqualTo(200);

        // Once the intent is older than the grace period it is replayed: the faces go, and so does the intent.
        jdbc.sql("update face_sync_intents set created_at = now() - interval '1 day' where student_id = :id")
                .param("id", busy).update();
        pass = reconciler.reconcile();
        assertThat(pass.intentsReplayed()).isGreaterThanOrEqualTo(1);
        assertThat(faces.subjectStatus(subject(busy))).isEqualTo(404);
        assertThat(openIntents(busy)).isZero();
        faces.delete("visitor-" + noRows);
    }

    @Test
    void withdrawingConsentDeletesTheSubjectEvenWhenTheDatabaseShowsNoPhoto() throws Exception {
        long student = consenting();
        faces.enrol(subject(student), crops.get(0));

        mvc.perform(put("/api/students/{id}/consent", student).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"given\": false}")).andExpect(status().isOk());

        assertThat(faces.subjectStatus(subject(student))).isEqualTo(404);
        assertThat(openIntents(student)).isZero();
    }

    @Test
    void deletingAStudentDeletesTheSubjectEvenWhenTheDatabaseShowsNoPhoto() throws Exception {
        long student = consenting();
        faces.enrol(subject(student), crops.get(1));

        mvc.perform(delete("/api/students/{id}", student).header("Authorization", admin))
                .andExpect(status().is2xxSuccessful());

        assertThat(faces.subjectStatus(subject(student))).isEqualTo(404);
        assertThat(openIntents(student)).isZero();
    }

    @Test
    void theSubjectListingPagesByIdBehindTheToken() throws Exception {
        List<Long> students = List.of(consenting(), consenting(), consenting());
        for (long s : students) {
            faces.enrol(subject(s), crops.get(0));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            SubjectPage page = client.subjects(after, 2);
            assertThat(page.subjects().size()).isLessThanOrEqualTo(2);
            page.subjects().stream().map(SubjectSummary::subjectId).forEach(seen::add);
            assertThat(page.subjects()).filteredOn(p -> students.contains(SubjectIds.studentOf(p.subjectId())))
                    .allSatisfy(p -> assertThat(p.faces()).isEqualTo(1));
            after = page.next();
        } while (after != null);
        assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo(OrphanedFacesTest::utf8Order)
                .containsAll(students.stream().map(OrphanedFacesTest::subject).toList());

        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(face.url().resolve("/v1/subjects")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        students.forEach(s -> faces.delete(subject(s)));
    }

    @Test
    void aPassIsSkippedWhileAnotherProcessHoldsTheLockOrFaceServiceIsAway() throws Exception {
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, FaceSyncReconciler.LOCK_KEY);
            lock.execute();
            assertThat(reconciler.reconcile().ran()).isFalse();
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, FaceSyncReconciler.LOCK_KEY);
                unlock.execute();
            }
        }
        FaceServiceClient away = new FaceServiceClient(RestClient.builder(), new FaceServiceProperties(
                List.of(URI.create("http://127.0.0.1:9")), "t", Duration.ofMillis(300), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 3, Duration.ofSeconds(5), 1, Duration.ofMillis(100)));
        FaceSyncReconciler withoutFaceService = new FaceSyncReconciler(away, intents, dataSource, jdbc, transactions,
                properties, students);
        assertThat(withoutFaceService.reconcile().ran()).isFalse();
        assertThat(reconciler.reconcile().ran()).as("the lock was given back").isTrue();
    }

    private long consenting() {
        long id = data.student(classId);
        jdbc.sql("update students set consent_given = true, consent_date = current_date where id = :id")
                .param("id", id).update();
        return id;
    }

    private void enrolThroughApi(long studentId, byte[] photo) throws Exception {
        mvc.perform(multipart("/api/students/{id}/photos", studentId)
                .file(new MockMultipartFile("photos", "face.jpg", "image/jpeg", photo))
                .header("Authorization", admin))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from student_photos where student_id = :id and face_id is not null")
                .param("id", studentId).query(Long.class).single()).isEqualTo(1);
        assertThat(openIntents(studentId)).isZero();
    }

    private long openIntents(long studentId) {
        return jdbc.sql("select count(*) from face_sync_intents where student_id = :id").param("id", studentId)
                .query(Long.class).single();
    }

    private static String subject(long studentId) {
        return SubjectIds.ofStudent(studentId);
    }

    private static int utf8Order(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
