package app.attendance.api.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.support.TestData;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications against a real in-process SMTP server (GreenMail on a free port): who gets mail,
 * what it says, and that each event is mailed once however often the scan runs.
 */
@SpringBootTest(properties = {
        "attendance.admin.username=admin",
        "attendance.admin.password=admin-password-for-tests",
        "attendance.zone=Europe/Berlin",
        "attendance.notifications.scan-interval=1h",
        "attendance.notifications.school-name=THPT Chu Văn An",
        "attendance.notifications.locale=vi",
        "attendance.reports.at-risk-days=3660",
        "attendance.reports.at-risk-min-counted=2"})
class NotificationScannerTest {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    NotificationScanner scanner;
    @Autowired
    JdbcClient jdbc;

    TestData data;
    long classId;
    long teacher;
    long subject;
    String teacherMail;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc);
        teacher = data.teacher();
        teacherMail = TestData.unique("teacher") + "@school.test";
        jdbc.sql("update teachers set email = :e where id = :id").param("e", teacherMail).param("id", teacher).update();
        classId = data.schoolClass(teacher);
        subject = data.subject();
    }

    @Test
    void guardiansOfAbsentStudentsInClosedSessionsAreMailedOnce() throws Exception {
        long lan = student("Nguyễn Thị Lan", true);
        long minh = student("Trần Minh", true);
        long noMail = student("Lê Không Thư", false);
        long closed = session(LocalDate.of(2026, 11, 2), "CLOSED");
        long open = session(LocalDate.of(2026, 11, 3), "OPEN");
        record(closed, lan, "ABSENT");
        record(closed, minh, "PRESENT");
        record(closed, noMail, "ABSENT");
        record(open, minh, "ABSENT");

        scanner.scanAbsences();

        List<MimeMessage> toLan = to(guardian(lan));
        assertThat(toLan).hasSize(1);
        assertThat(toLan.getFirst().getSubject()).isEqualTo("THPT Chu Văn An: Nguyễn Thị Lan vắng mặt ngày 2026-11-02");
        assertThat(bodyText(toLan.getFirst())).contains("Nguyễn Thị Lan", "08:00", "Kính gửi");
        assertThat(to(guardian(minh))).isEmpty();

        scanner.scanAbsences();
        assertThat(to(guardian(lan))).hasSize(1);

        jdbc.sql("update sessions set status = 'CLOSED' where id = :id").param("id", open).update();
        scanner.scanAbsences();
        scanner.scanAbsences();
        assertThat(to(guardian(minh))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from notification_log where student_id in (:ids) and status = 'SENT'")
                .param("ids", List.of(lan, minh, noMail)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theHomeroomTeacherHearsOnceWhenAStudentFallsBelowTheRateAndAgainAfterRecovering() throws Exception {
        long hoa = student("Phạm Hoa", false);
        long tuan = student("Vũ Tuấn", false);
        long[] sessions = new long[4];
        for (int i = 0; i < 4; i++) {
            sessions[i] = session(LocalDate.of(2026, 11, 2).plusDays(i), "CLOSED");
            record(sessions[i], tuan, "PRESENT");
        }
        record(sessions[0], hoa, "PRESENT");
        record(sessions[1], hoa, "ABSENT");
        record(sessions[2], hoa, "LATE");
        record(sessions[3], hoa, "EXCUSED");
        // Hoa: (1 + 1) / 3 = 66.7 % < 80 %; Tuấn: 100 %

        scanner.scanAtRisk();
        scanner.scanAtRisk();

        List<MimeMessage> mails = to(teacherMail);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).contains("Phạm Hoa", "80.0 %");
        assertThat(bodyText(mails.getFirst())).contains("Phạm Hoa", "66.7 %", "có mặt 1, đi muộn 1, vắng 1, có phép 1");

        jdbc.sql("update attendance_records set status = 'PRESENT' where session_id = :s and student_id = :st")
                .param("s", sessions[1]).param("st", hoa).update();
        scanner.scanAtRisk();
        assertThat(to(teacherMail)).hasSize(1);

        jdbc.sql("update attendance_records set status = 'ABSENT' where session_id = :s and student_id = :st")
                .param("s", sessions[0]).param("st", hoa).update();
        scanner.scanAtRisk();
        assertThat(to(teacherMail)).hasSize(2);
    }

    private long student(String name, boolean withGuardianMail) {
        return jdbc.sql("insert into students (student_code, full_name, class_id, guardian_name, guardian_email) "
                + "values (:c, :n, :k, 'Phụ huynh', :e) returning id")
                .param("c", TestData.unique("ST")).param("n", name).param("k", classId)
                .param("e", withGuardianMail ? TestData.unique("guardian") + "@home.test" : null)
                .query(Long.class).single();
    }

    private String guardian(long studentId) {
        return jdbc.sql("select guardian_email from students where id = :id").param("id", studentId)
                .query(String.class).single();
    }

    private long session(LocalDate date, String status) {
        return data.session(classId, subject, teacher, null, date, LocalTime.of(8, 0), LocalTime.of(8, 45), status);
    }

    private void record(long session, long student, String status) {
        jdbc.sql(
                "insert into attendance_records (session_id, student_id, status, source) values (:s, :st, :x, 'MANUAL')")
                .param("s", session).param("st", student).param("x", status).update();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                Address[] all = m.getAllRecipients();
                return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String bodyText(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }
}
