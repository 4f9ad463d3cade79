package app.attendance.api.attendance.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.attendance.AttendanceMarking;
import app.attendance.api.attendance.Source;
import app.attendance.api.support.IntegrationTest;
import app.attendance.api.support.TestData;
import app.attendance.api.support.TestDatabase;
import app.attendance.api.system.SchoolProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forty frames of one session writing their marks at the same moment, on the real PostgreSQL with
 * its {@code session_counts} and {@code student_day_counts} triggers: each frame marks two of six
 * students (overlapping pairs, in student order, as {@link FrameService} writes them) through the
 * frame's own transaction ({@link FrameTransaction}). Another writer holds the session's counts row
 * while the frames pile up behind it, so that they all contend when it lets go; three sessions in a
 * row. No frame may fail (a deadlock would be a 500 and lost marks), and every student ends up
 * marked exactly once, with the session's counts matching.
 */
@IntegrationTest
class ConcurrentFrameMarksTest {

    private static final int FRAMES = 40;
    private static final int STUDENTS = 6;
    private static final int ROUNDS = 3;

    @Autowired
    FrameTransaction writes;
    @Autowired
    AttendanceMarking marking;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SchoolProperties school;
    @Autowired
    Clock clock;

    @Test
    void fortyConcurrentFramesNeitherFailNorLoseNorDoubleAMark() throws Exception {
        TestData data = new TestData(jdbc);
        long teacher = data.teacher();
        long schoolClass = data.schoolClass(teacher);
        long subject = data.subject();
        List<Long> students = IntStream.range(0, STUDENTS).mapToObj(i -> data.student(schoolClass)).sorted().toList();
        long early = data.student(schoolClass);
        int connections = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        for (int round = 0; round < ROUNDS; round++) {
            long session = data.openSessionNow(clock, school.zone(), schoolClass, subject, teacher, 2);
            frames(session, students, early, Math.min(FRAMES, connections));
            for (long student : students) {
                assertThat(jdbc.sql("""
                        select count(*) from attendance_records where session_id = :s and student_id = :st""")
                        .param("s", session).param("st", student).query(Long.class).single())
                        .as("records of student %d", student).isEqualTo(1);
            }
            assertThat(jdbc.sql("select present from session_counts where session_id = :s").param("s", session)
                    .query(Integer.class).single()).isEqualTo(STUDENTS + 1);
        }
    }

    /**
     * Posts the frames while another transaction holds the session's counts row, and lets go once
     * {@code waiters} of them wait. Frame {@code f} sees students {@code f % 5} and {@code f % 5 + 1}:
     * the first of each frame's marks is another frame's second, the pattern that deadlocks when
     * records and the counts row are locked in different orders.
     */
    private void frames(long session, List<Long> students, long early, int waiters) throws Exception {
        TestDatabase.Connection db = TestDatabase.connection();
        ExecutorService pool = Executors.newFixedThreadPool(FRAMES);
        List<Future<?>> frames = new ArrayList<>();
        try (Connection holder = DriverManager.getConnection(db.url(), db.username(), db.password());
                Connection watcher = DriverManager.getConnection(db.url(), db.username(), db.password())) {
            holder.setAutoCommit(false);
            // A manual mark in flight: its trigger has created and holds the session's counts row.
            try (PreparedStatement st = holder.prepareStatement("""
                    insert into attendance_records (session_id, student_id, status, source, changed_by, changed_at)
                    values (?, ?, 'PRESENT', 'MANUAL', 'test', now())""")) {
                st.setLong(1, session);
                st.setLong(2, early);
                st.executeUpdate();
            }
            for (int f = 0; f < FRAMES; f++) {
                List<Long> seen = List.of(students.get(f % 5), students.get(f % 5 + 1));
                Callable<Void> frame = () -> {
                    writes.run(session, () -> seen.forEach(student -> marking.markSeen(session, student, clock
                            .instant(), 0.9, Source.CAMERA)));
                    return null;
                };
                frames.add(pool.submit(frame));
            }
            awaitLockWaiters(watcher, waiters);
            holder.commit();
            for (Future<?> f : frames) {
                f.get(); // a frame that failed (deadlock detected, 40P01) throws here
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits (at most about a minute) until {@code n} backends wait for a lock, the frames' transactions among them. */
    private static void awaitLockWaiters(Connection watcher, int n) throws SQLException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            try (PreparedStatement st = watcher.prepareStatement("""
                    select count(*) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock'""");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                if (rs.getInt(1) >= n) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }
}
