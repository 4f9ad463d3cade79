package app.attendance.api.attendance.recognition;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores {@link Sightings} in PostgreSQL (table {@code face_sightings}), so the evidence of a session
 * is the same whichever API replica takes its next frame. Called inside the frame's transaction
 * ({@link FrameTransaction}, which holds the session's row lock): one query loads, one batch
 * inserts and one statement deletes, whatever the number of faces.
 */
@Component
class SightingStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RecognitionProperties rules;

    SightingStore(JdbcClient jdbc, JdbcTemplate batch, RecognitionProperties rules) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rules = rules;
    }

    /** The session's stored sightings, those past the window at {@code now} already dropped. */
    Sightings load(long sessionId, Instant now) {
        Sightings sightings = new Sightings(rules.consensusWindow(), 4 * rules.consensusFrames());
        jdbc.sql(
                "select id, student_id, seen_at, weight, liveness, similarity from face_sightings where session_id = :s"
                        + " order by seen_at, id")
                .param("s", sessionId)
                .query(rs -> {
                    sightings.load(rs.getLong(1), sessionId, rs.getLong(2), new Sightings.Sighting(
                            rs.getTimestamp(3).toInstant(), rs.getDouble(4), LivenessState.valueOf(rs.getString(5)),
                            similarity(rs.getObject(6, Double.class))),
                            now);
                });
        return sightings;
    }

    /** Writes back what a frame changed. */
    void save(Sightings sightings) {
        List<Long> dropped = sightings.dropped();
        if (!dropped.isEmpty()) {
            jdbc.sql("delete from face_sightings where id in (:ids)").param("ids", dropped).update();
        }
        List<Sightings.New> added = sightings.added();
        if (!added.isEmpty()) {
            batch.batchUpdate("insert into face_sightings (session_id, student_id, seen_at, weight, liveness,"
                    + " similarity) values (?, ?, ?, ?, ?, ?)", added, added.size(), (ps, n) -> {
                        ps.setLong(1, n.sessionId());
                        ps.setLong(2, n.studentId());
                        ps.setTimestamp(3, Timestamp.from(n.sighting().at()));
                        ps.setDouble(4, n.sighting().weight());
                        ps.setString(5, n.sighting().liveness().name());
                        double similarity = n.sighting().similarity();
                        if (Double.isNaN(similarity)) {
                            ps.setNull(6, Types.DOUBLE);
                        } else {
                            ps.setDouble(6, similarity);
                        }
                    });
        }
    }

    /** Forgets a student's evidence in a session (after a teacher's decision). */
    void forget(long sessionId, long studentId) {
        jdbc.sql("delete from face_sightings where session_id = :s and student_id = :st")
                .param("s", sessionId).param("st", studentId).update();
    }

    private static double similarity(Double stored) {
        return stored == null ? Double.NaN : stored;
    }

    /** Deletes sightings older than {@code cutoff} (sessions that sent no more frames); returns how many. */
    int deleteSeenBefore(Instant cutoff) {
        return jdbc.sql("delete from face_sightings where seen_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }
}
