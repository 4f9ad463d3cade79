package app.attendance.api.enrolment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The progress of the re-enrolment ({@link FaceResync}) in PostgreSQL (one-row table
 * {@code face_resync_run}), so that every API replica answers the same progress and only one run
 * goes at a time across replicas. A run whose row was not updated for {@link #STALE} belongs to a
 * replica that stopped: it reads as FAILED and may be started again.
 */
@Component
class ResyncRun {

    /** A RUNNING row not updated for this long is a run that stopped with its process. */
    static final Duration STALE = Duration.ofMinutes(10);

    private static final String COLUMNS = "state, model_id, students, students_done, photos, accepted, refused,"
            + " error, started_at, finished_at, updated_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    ResyncRun(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The current or last run. */
    FaceResync.Progress progress() {
        Instant now = clock.instant();
        return jdbc.sql("select " + COLUMNS + " from face_resync_run where id = 1").query((rs, n) -> {
            String state = rs.getString(1);
            String error = rs.getString(8);
            Instant updated = rs.getTimestamp(11).toInstant();
            if ("RUNNING".equals(state) && updated.isBefore(now.minus(STALE))) {
                state = "FAILED";
                error = "the API process running it stopped";
            }
            return new FaceResync.Progress(state, rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                    rs.getInt(6), rs.getInt(7), error, instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)));
        }).single();
    }

    /** Claims a new run; false when one is running (on any replica). */
    boolean start(String modelId, int students) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update face_resync_run set state = 'RUNNING', model_id = :m, students = :n, students_done = 0,
                  photos = 0, accepted = 0, refused = 0, error = null, started_at = :now, finished_at = null,
                  updated_at = :now
                where id = 1 and (state <> 'RUNNING' or updated_at < :stale)""")
                .param("m", modelId).param("n", students).param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(now.minus(STALE))).update() == 1;
    }

    /** One student re-sent. */
    void studentDone(int photos, int accepted, int refused) {
        jdbc.sql("""
                update face_resync_run set students_done = students_done + 1, photos = photos + :p,
                  accepted = accepted + :a, refused = refused + :r, updated_at = :now
                where id = 1""")
                .param("p", photos).param("a", accepted).param("r", refused)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** The run ended (DONE or FAILED). */
    void finish(String state, String error) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update face_resync_run set state = :s, error = :e, finished_at = :now, updated_at = :now"
                + " where id = 1").param("s", state).param("e", error).param("now", now).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
