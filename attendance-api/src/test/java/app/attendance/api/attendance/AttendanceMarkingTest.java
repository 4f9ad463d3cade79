package app.attendance.api.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.attendance.MarkResult.Outcome;
import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestData;
import app.attendance.testing.TestZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The marking rules of DESIGN §3 against real PostgreSQL, including concurrent sightings. */
@IntegrationTest
class AttendanceMarkingTest {

    private static final ZoneId ZONE = TestZone.MIDDAY;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Autowired
    AttendanceMarking marking;
    @Autowired
    JdbcClient jdbc;

    TestData data;
    long classId;
    long sessionId;
    long studentId;

    @BeforeEach
    void setUp() {
        data = new TestData(jdbc);
        long teacher = data.teacher();
        classId = data.schoolClass(teacher);
        studentId = data.student(classId);
        sessionId = data.session(classId, data.subject(), teacher, null, DAY, LocalTime.of(8, 0),
                LocalTime.of(8, 45), "OPEN");
    }

    private Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    @Test
    void firstSightingWithinGraceIsPresentAndLaterSightingsKeepIt() {
        MarkResult first = marking.markSeen(sessionId, studentId, at(8, 10), 0.71, Source.CAMERA);
        MarkResult again = marking.markSeen(sessionId, studentId, at(8, 30), 0.80, Source.CAMERA);

        assertThat(first.outcome()).isEqualTo(Outcome.NEW_PRESENT);
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_MARKED);
        assertThat(again.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(again.recordId()).isEqualTo(first.recordId());
        assertThat(jdbc.sql("select count(*) from audit_log where entity = 'attendance' and entity_id = :id")
                .param("id", first.recordId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void sightingAfterGraceIsLate() {
        MarkResult result = marking.markSeen(sessionId, studentId, at(8, 11), 0.7, Source.DEVICE);

        assertThat(result.outcome()).isEqualTo(Outcome.NEW_LATE);
        assertThat(jdbc.sql("select status || '/' || source from attendance_records where id = :id")
                .param("id", result.recordId()).query(String.class).single()).isEqualTo("LATE/DEVICE");
    }

    @Test
    void sightingsOutsideTheWindowAreIgnored() {
        assertThat(marking.markSeen(sessionId, studentId, at(7, 44), 0.7, Source.CAMERA).outcome())
                .isEqualTo(Outcome.OUTSIDE_WINDOW);
        assertThat(marking.markSeen(sessionId, studentId, at(8, 46), 0.7, Source.CAMERA).outcome())
                .isEqualTo(Outcome.OUTSIDE_WINDOW);
        assertThat(marking.markSeen(sessionId, studentId, at(7, 45), 0.7, Source.CAMERA).outcome())
                .isEqualTo(Outcome.NEW_PRESENT);
    }

    @Test
    void sessionThatIsNotOpenIsNotMarked() {
        jdbc.sql("update sessions set status = 'CLOSED' where id = :id").param("id", sessionId).update();

        assertThat(marking.markSeen(sessionId, studentId, at(8, 0), 0.7, Source.CAMERA).outcome())
                .isEqualTo(Outcome.SESSION_NOT_OPEN);
        assertThat(countRecords()).isZero();
    }

    @Test
    void studentOfAnotherClassIsNeverMarked() {
        long stranger = data.student(data.schoolClass(null));

        assertThat(marking.markSeen(sessionId, stranger, at(8, 0), 0.9, Source.CAMERA).outcome())
                .isEqualTo(Outcome.NOT_ON_ROSTER);
        assertThat(countRecords()).isZero();
    }

    @Test
    void anInactiveStudentIsOnNoRosterAndNeverMarked() {
        jdbc.sql("update students set active = false where id = :id").param("id", studentId).update();

        assertThat(marking.markSeen(sessionId, studentId, at(8, 0), 0.9, Source.CAMERA).outcome())
                .isEqualTo(Outcome.NOT_ON_ROSTER);
        assertThat(countRecords()).isZero();
    }

    @Test
    void manualStatusWins() {
        jdbc.sql("""
                insert into attendance_records (session_id, student_id, status, source, changed_by)
                values (:s, :st, 'EXCUSED', 'MANUAL', 'teacher')""")
                .param("s", sessionId).param("st", studentId).update();

        MarkResult result = marking.markSeen(sessionId, studentId, at(8, 1), 0.9, Source.CAMERA);

        assertThat(result.outcome()).isEqualTo(Outcome.MANUAL_KEPT);
        assertThat(result.status()).isEqualTo(AttendanceStatus.EXCUSED);
    }

    @Test
    void twentyConcurrentSightingsMakeOneRecord() throws Exception {
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<MarkResult>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return marking.markSeen(sessionId, studentId, at(8, 2), 0.75, Source.CAMERA);
            }));
        }
        go.countDown();
        int created = 0;
        for (Future<MarkResult> f : results) {
            if (f.get().outcome().isNew()) {
                created++;
            } else {
                assertThat(f.get().outcome()).isEqualTo(Outcome.ALREADY_MARKED);
            }
        }
        pool.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(countRecords()).isEqualTo(1);
    }

    private long countRecords() {
        return jdbc.sql("select count(*) from attendance_records where session_id = :s")
                .param("s", sessionId).query(Long.class).single();
    }
}
