package app.attendance.api.attendance.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.MutableClock;
import app.attendance.api.system.SchoolProperties;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * QR check-in through the real endpoints on the test PostgreSQL: the teacher's code marks the
 * student once with source QR; old, forwarded, foreign, altered codes, a consenting student and a
 * closed session, a deactivated student are refused with their problem codes.
 */
class QrCheckinApiTest extends ApiTestBase {

    @Autowired
    MutableClock clock;
    @Autowired
    SchoolProperties school;
    @Autowired
    CheckinCodes codes;

    long teacherId;
    String teacher;
    long classId;
    long sessionId;
    long studentId;
    String student;

    @BeforeEach
    void lesson() {
        teacherId = data.teacher();
        teacher = api.teacher(teacherId);
        classId = data.schoolClass(teacherId);
        sessionId = data.openSessionNow(clock, school.zone(), classId, data.subject(), teacherId, 5);
        studentId = data.student(classId);
        student = api.student(studentId);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theShownCodeMarksTheStudentOnceWithSourceQr() throws Exception {
        String code = shownCode();

        postAs(student, "/api/me/checkin", json(code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sessionId").value(sessionId))
                .andExpect(jsonPath("$.status").value("PRESENT"));
        postAs(student, "/api/me/checkin", json(code)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("already-checked-in"));

        assertThat(count("select count(*) from attendance_records where session_id = ? and student_id = ?",
                sessionId, studentId)).isEqualTo(1);
        assertThat(jdbc.sql("select source from attendance_records where session_id = :s and student_id = :st")
                .param("s", sessionId).param("st", studentId).query(String.class).single()).isEqualTo("QR");
        assertThat(count("select count(*) from audit_log where action = 'MARK_QR' and new_value like ?",
                "% session=" + sessionId + " student=" + studentId)).isEqualTo(1);
        getAs(teacher, "/api/sessions/" + sessionId + "/roster").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].source").value("QR"));
    }

    @Test
    void theCodeIsStillTakenDuringTheNextPeriodForTheScanDelay() throws Exception {
        String code = shownCode();
        clock.advance(Duration.ofSeconds(codes.periodSeconds()));

        postAs(student, "/api/me/checkin", json(code)).andExpect(status().isOk());
    }

    @Test
    void aCodeForwardedAfterItRotatedIsRefused() throws Exception {
        String code = shownCode();
        clock.advance(Duration.ofSeconds(2 * codes.periodSeconds()));

        postAs(student, "/api/me/checkin", json(code)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("code-expired"));
        assertThat(records()).isZero();
    }

    @Test
    void aReplayedOldCodeIsRefused() throws Exception {
        String old = codes.issue(sessionId, clock.instant().minusSeconds(5 * codes.periodSeconds())).code();

        postAs(student, "/api/me/checkin", json(old)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("code-expired"));
        assertThat(records()).isZero();
    }

    @Test
    void anotherClassesCodeIsRefused() throws Exception {
        long otherClass = data.schoolClass(teacherId);
        long otherSession = data.openSessionNow(clock, school.zone(), otherClass, data.subject(), teacherId, 5);
        String code = body(getAs(teacher, "/api/sessions/" + otherSession + "/checkin-code")
                .andExpect(status().isOk())).get("code").asString();

        postAs(student, "/api/me/checkin", json(code)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-your-session"));
        assertThat(count("select count(*) from attendance_records where student_id = ?", studentId)).isZero();
    }

    @Test
    void anAlteredCodeIsRefused() throws Exception {
        byte[] bytes = Base64.getUrlDecoder().decode(shownCode());
        bytes[20] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        postAs(student, "/api/me/checkin", json(tampered)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-code"));
        postAs(student, "/api/me/checkin", json("not-a-code")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-code"));
        assertThat(records()).isZero();
    }

    @Test
    void aStudentWhoConsentedToFaceRecognitionIsRefused() throws Exception {
        jdbc.sql("update students set consent_given = true where id = :id").param("id", studentId).update();

        postAs(student, "/api/me/checkin", json(shownCode())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("checkin-not-allowed"));
        assertThat(records()).isZero();
    }

    @Test
    void aDeactivatedStudentIsRefusedAndNotMarked() throws Exception {
        String code = shownCode();
        putAs(admin, "/api/students/" + studentId + "/active", "{\"active\":false}").andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));

        postAs(student, "/api/me/checkin", json(code)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("student-inactive"))
                .andExpect(jsonPath("$.detail").value(containsString("no longer on")));
        assertThat(records()).isZero();
        assertThat(count("select count(*) from audit_log where action = 'MARK_QR' and new_value like ?",
                "% student=" + studentId)).isZero();
    }

    @Test
    void aClosedSessionTakesNoCheckInAndShowsNoCode() throws Exception {
        String code = shownCode();
        postAs(teacher, "/api/sessions/" + sessionId + "/close", "").andExpect(status().isOk());

        postAs(student, "/api/me/checkin", json(code)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("session-not-open"));
        getAs(teacher, "/api/sessions/" + sessionId + "/checkin-code").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("session-not-open"));
        assertThat(jdbc.sql("select count(*) from attendance_records where session_id = :s and source = 'QR'")
                .param("s", sessionId).query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheSessionsTeacherSeesTheCodeAndOnlyStudentsCheckIn() throws Exception {
        String stranger = api.teacher(data.teacher());
        getAs(stranger, "/api/sessions/" + sessionId + "/checkin-code").andExpect(status().isForbidden());
        getAs(student, "/api/sessions/" + sessionId + "/checkin-code").andExpect(status().isForbidden());
        postAs(teacher, "/api/me/checkin", json(shownCode())).andExpect(status().isForbidden());
    }

    private String shownCode() throws Exception {
        return body(getAs(teacher, "/api/sessions/" + sessionId + "/checkin-code").andExpect(status().isOk())
                .andExpect(jsonPath("$.rotatesEvery").value(10))).get("code").asString();
    }

    private long records() {
        return count("select count(*) from attendance_records where session_id = ? and student_id = ?",
                sessionId, studentId);
    }

    private static String json(String code) {
        return "{\"code\":\"" + code + "\"}";
    }
}
