package app.attendance.api.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.FaceServiceProcess;
import app.attendance.api.support.TestFaces;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Enrolment zips built to exhaust the API's memory: small on the wire, huge when inflated. Each
 * is refused with 413 naming the cap it hit, and nothing of it reaches PostgreSQL or face-service,
 * not even the one real photo it also carries.
 */
class ZipBombTest extends ApiTestBase {

    private static final int MB = 1024 * 1024;

    private TestFaces faces;
    private long student;
    private String code;
    private byte[] photo;

    @BeforeEach
    void setUp() {
        faces = new TestFaces(FaceServiceProcess.shared());
        student = data.student(data.schoolClass(null));
        jdbc.sql("update students set consent_given = true, consent_date = current_date where id = :id")
                .param("id", student).update();
        code = jdbc.sql("select student_code from students where id = :id").param("id", student)
                .query(String.class).single();
        byte[] sample = TestFaces.sample(1);
        photo = TestFaces.crop(sample, faces.detect(sample).getFirst(), 0.4);
    }

    @Test
    void aZipOfARealPhotoWithinTheCapsIsEnrolledByteForByte() throws Exception {
        byte[] large = photo; // multi-chunk reads: ZipPhotosTest
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = zip(bytes)) {
            zip.putNextEntry(new ZipEntry("photos/"));
            zip.closeEntry();
            add(zip, "photos/" + code + "_1.jpg", large);
            add(zip, "photos/readme.txt", new byte[200_000]);
        }

        mvc.perform(multipart("/api/students/photos/zip")
                .file(new MockMultipartFile("file", "class.zip", "application/zip", bytes.toByteArray()))
                .header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files").value(1))
                .andExpect(jsonPath("$.accepted").value(1));

        assertThat(jdbc.sql("select image from student_photos where student_id = :id").param("id", student)
                .query(byte[].class).single()).isEqualTo(large);
    }

    @Test
    void twoHundredMegabytesOfZerosInPhotoSizedEntriesHitTheTotalCap() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = zip(bytes)) {
            add(zip, code + ".jpg", photo);
            for (int i = 1; i <= 20; i++) {
                addZeros(zip, code + "_" + i + ".jpg", 10 * MB);
            }
        }
        assertThat(bytes.size()).isLessThan(MB);

        upload(bytes.toByteArray()).andExpect(jsonPath("$.limit").value("total-bytes"));

        assertNothingStored();
    }

    @Test
    void oneEntryOfTwoHundredMegabytesHitsThePerPhotoCap() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = zip(bytes)) {
            add(zip, code + ".jpg", photo);
            addZeros(zip, code + "_1.jpg", 200 * MB);
        }
        assertThat(bytes.size()).isLessThan(MB);

        upload(bytes.toByteArray()).andExpect(jsonPath("$.limit").value("entry-bytes"))
                .andExpect(jsonPath("$.fileName").value(code + "_1.jpg"));

        assertNothingStored();
    }

    @Test
    void tooManyEntriesOfAnyKindHitTheEntryCap() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = zip(bytes)) {
            add(zip, code + ".jpg", photo);
            for (int i = 0; i < 2000; i++) {
                add(zip, "notes/" + i + ".txt", new byte[0]);
            }
        }

        upload(bytes.toByteArray()).andExpect(jsonPath("$.limit").value("entries"))
                .andExpect(jsonPath("$.max").value(2000));

        assertNothingStored();
    }

    private ResultActions upload(byte[] zip) throws Exception {
        return mvc.perform(multipart("/api/students/photos/zip")
                .file(new MockMultipartFile("file", "bomb.zip", "application/zip", zip))
                .header("Authorization", admin))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("too-large"));
    }

    private void assertNothingStored() {
        assertThat(count("select count(*) from student_photos where student_id = ?", student)).isZero();
        assertThat(count("select photo_count from students where id = ?", student)).isZero();
        assertThat(count("select count(*) from face_sync_intents where student_id = ?", student)).isZero();
        assertThat(faces.subjectStatus(SubjectIds.ofStudent(student))).as("face-service knows no face of the student")
                .isEqualTo(404);
    }

    private static ZipOutputStream zip(ByteArrayOutputStream out) {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        return zip;
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void addZeros(ZipOutputStream zip, String name, int size) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        byte[] zeros = new byte[MB];
        for (int written = 0; written < size; written += zeros.length) {
            zip.write(zeros);
        }
        zip.closeEntry();
    }
}
