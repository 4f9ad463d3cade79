package app.attendance.api.attendance.recognition;

import app.attendance.api.faceclient.FaceRecords.Box;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores {@link FaceTracks} in PostgreSQL (table {@code face_tracks}), so a face followed by one API
 * replica is only located when the next frame of its session goes to another. The known tracks are
 * read before the face-service call (one query, no lock); changes are written inside the frame's
 * transaction, which holds the session's row lock, in one statement or batch per kind of change.
 */
@Component
class TrackStore {

    private static final String COLUMNS = "id, x, y, width, height, student_id, seen_at, checked_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RecognitionProperties rules;

    TrackStore(JdbcClient jdbc, JdbcTemplate batch, RecognitionProperties rules) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.rules = rules;
    }

    /** The tracks whose faces need only be located in a frame of the session taken now, in id order. */
    List<FaceTracks.Track> known(long sessionId, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from face_tracks where session_id = :s and seen_at >= :seen"
                + " and checked_at >= :checked order by id")
                .param("s", sessionId)
                .param("seen", Timestamp.from(now.minus(rules.trackTimeout())))
                .param("checked", Timestamp.from(now.minus(rules.recheckAfter())))
                .query((rs, n) -> track(rs)).list();
    }

    /**
     * Every track of the session still followed (seen within the track timeout), due for a new
     * recognition or not: once everyone is marked, faces are only located, never recognised again.
     */
    List<FaceTracks.Track> following(long sessionId, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from face_tracks where session_id = :s and seen_at >= :seen"
                + " order by id")
                .param("s", sessionId)
                .param("seen", Timestamp.from(now.minus(rules.trackTimeout())))
                .query((rs, n) -> track(rs)).list();
    }

    /** The session's tracks, to change in the frame's transaction. */
    FaceTracks load(long sessionId, Instant now) {
        FaceTracks tracks = new FaceTracks(rules.recheckAfter(), rules.trackTimeout());
        jdbc.sql("select " + COLUMNS + " from face_tracks where session_id = :s order by id")
                .param("s", sessionId)
                .query(rs -> {
                    tracks.load(track(rs), now);
                });
        return tracks;
    }

    /** {@code count} new track ids in one query. */
    LongSupplier ids(int count) {
        Deque<Long> ids = count <= 0 ? new ArrayDeque<>() : new ArrayDeque<>(jdbc.sql(
                "select nextval('face_track_ids') from generate_series(1, :n)").param("n", count)
                .query(Long.class).list());
        return () -> {
            Long id = ids.poll();
            return id != null ? id : jdbc.sql("select nextval('face_track_ids')").query(Long.class).single();
        };
    }

    /** Writes back what a frame changed. */
    void save(long sessionId, FaceTracks tracks) {
        List<Long> removed = tracks.removed();
        if (!removed.isEmpty()) {
            jdbc.sql("delete from face_tracks where id in (:ids)").param("ids", removed).update();
        }
        List<FaceTracks.Track> changed = tracks.changed();
        if (!changed.isEmpty()) {
            batch.batchUpdate("update face_tracks set x = ?, y = ?, width = ?, height = ?, seen_at = ?,"
                    + " checked_at = ? where id = ?", changed, changed.size(), (ps, t) -> {
                        ps.setInt(1, t.box().x());
                        ps.setInt(2, t.box().y());
                        ps.setInt(3, t.box().width());
                        ps.setInt(4, t.box().height());
                        ps.setTimestamp(5, Timestamp.from(t.seen()));
                        ps.setTimestamp(6, Timestamp.from(t.checked()));
                        ps.setLong(7, t.id());
                    });
        }
        List<FaceTracks.Track> created = tracks.created();
        if (!created.isEmpty()) {
            batch.batchUpdate("insert into face_tracks (id, session_id, student_id, x, y, width, height, seen_at,"
                    + " checked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", created, created.size(), (ps, t) -> {
                        ps.setLong(1, t.id());
                        ps.setLong(2, sessionId);
                        ps.setLong(3, t.studentId());
                        ps.setInt(4, t.box().x());
                        ps.setInt(5, t.box().y());
                        ps.setInt(6, t.box().width());
                        ps.setInt(7, t.box().height());
                        ps.setTimestamp(8, Timestamp.from(t.seen()));
                        ps.setTimestamp(9, Timestamp.from(t.checked()));
                    });
        }
    }

    /** Forgets a student's track in a session (after a teacher's decision). */
    void forget(long sessionId, long studentId) {
        jdbc.sql("delete from face_tracks where session_id = :s and student_id = :st")
                .param("s", sessionId).param("st", studentId).update();
    }

    /** Deletes tracks not seen since {@code cutoff}; returns how many. */
    int deleteSeenBefore(Instant cutoff) {
        return jdbc.sql("delete from face_tracks where seen_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    private static FaceTracks.Track track(ResultSet rs) throws SQLException {
        return new FaceTracks.Track(rs.getLong(1), new Box(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                rs.getLong(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant());
    }
}
