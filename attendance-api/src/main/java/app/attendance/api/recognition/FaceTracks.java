package app.attendance.api.recognition;

import app.attendance.api.faceclient.FaceRecords.Box;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Faces followed across frames, per session: where each identified and marked face was last seen.
 * Their boxes go to face-service as known, so that a face already marked is only located, not
 * embedded and liveness-checked again every frame; after {@code recheckAfter} it is recognised
 * again (and dropped if it is then someone else). A track not seen for {@code timeout} ends.
 * Held in memory, bounded like {@link Sightings}; losing it only costs one full recognition.
 * Thread-safe.
 */
final class FaceTracks {

    /** A followed face: its box, who it is, when it was last seen and last recognised. */
    record Track(long id, Box box, long studentId, Instant seen, Instant checked) {
    }

    private final Duration recheckAfter;
    private final Duration timeout;
    private final Map<Long, List<Track>> sessions;
    private long nextId = 1;

    FaceTracks(Duration recheckAfter, Duration timeout, int maxSessions) {
        this.recheckAfter = recheckAfter;
        this.timeout = timeout;
        this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, List<Track>> eldest) {
                return size() > maxSessions;
            }
        };
    }

    /** The tracks whose faces need only be located in a frame taken now (expired ones dropped). */
    synchronized List<Track> known(long sessionId, Instant now) {
        List<Track> tracks = sessions.get(sessionId);
        if (tracks == null) {
            return List.of();
        }
        tracks.removeIf(t -> t.seen().plus(timeout).isBefore(now));
        return tracks.stream().filter(t -> !t.checked().plus(recheckAfter).isBefore(now)).toList();
    }

    /** A known track's face was located again at {@code box}. */
    synchronized void located(long sessionId, long trackId, Box box, Instant now) {
        replace(sessionId, trackId, t -> new Track(t.id(), box, t.studentId(), now, t.checked()));
    }

    /**
     * A face was recognised as a marked student: the track at that place (or the student's track)
     * follows it, else a new one starts. Returns the track's id.
     */
    synchronized long recognised(long sessionId, Box box, long studentId, Instant now) {
        List<Track> tracks = sessions.computeIfAbsent(sessionId, id -> new ArrayList<>());
        tracks.removeIf(t -> t.studentId() == studentId || overlap(t.box(), box) >= 0.3);
        long id = nextId++;
        tracks.add(new Track(id, box, studentId, now, now));
        return id;
    }

    /** A face at {@code box} was recognised as nobody marked: a track there no longer holds. */
    synchronized void lost(long sessionId, Box box) {
        List<Track> tracks = sessions.get(sessionId);
        if (tracks != null) {
            tracks.removeIf(t -> overlap(t.box(), box) >= 0.3);
        }
    }

    /** Forgets a student's track (after a teacher's decision or a manual change). */
    synchronized void forget(long sessionId, long studentId) {
        List<Track> tracks = sessions.get(sessionId);
        if (tracks != null) {
            tracks.removeIf(t -> t.studentId() == studentId);
        }
    }

    private void replace(long sessionId, long trackId, java.util.function.UnaryOperator<Track> change) {
        List<Track> tracks = sessions.get(sessionId);
        if (tracks != null) {
            tracks.replaceAll(t -> t.id() == trackId ? change.apply(t) : t);
        }
    }

    /** Intersection over union of two boxes. */
    static double overlap(Box a, Box b) {
        double ix = Math.max(0, Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x()));
        double iy = Math.max(0, Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y()));
        double inter = ix * iy;
        double union = (double) a.width() * a.height() + (double) b.width() * b.height() - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
