package app.attendance.api.attendance.recognition;

import app.attendance.api.faceclient.FaceRecords.Box;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Faces followed across frames in one session: where each identified and marked face was last seen.
 * Their boxes go to face-service as known, so that a face already marked is only located, not
 * embedded and liveness-checked again every frame; after {@code recheckAfter} it is recognised
 * again (and dropped if it is then someone else). A track not seen for {@code timeout} ends.
 * <p>
 * An instance is the working copy of one frame: {@link TrackStore} loads the session's tracks into
 * it inside the frame's transaction and writes back what changed ({@link #removed},
 * {@link #changed}, {@link #created}), so every API replica follows the same faces. Not
 * thread-safe; confined to the frame's transaction.
 */
final class FaceTracks {

    /** A followed face: its box, who it is, when it was last seen and last recognised. */
    record Track(long id, Box box, long studentId, Instant seen, Instant checked) {
    }

    private final Duration recheckAfter;
    private final Duration timeout;
    private final Map<Long, Track> tracks = new LinkedHashMap<>();
    private final Set<Long> stored = new LinkedHashSet<>();
    private final Set<Long> removed = new LinkedHashSet<>();
    private final Set<Long> changed = new LinkedHashSet<>();

    FaceTracks(Duration recheckAfter, Duration timeout) {
        this.recheckAfter = recheckAfter;
        this.timeout = timeout;
    }

    /** Puts back a stored track; one not seen for {@code timeout} at {@code now} ends. */
    void load(Track track, Instant now) {
        stored.add(track.id());
        if (track.seen().plus(timeout).isBefore(now)) {
            removed.add(track.id());
        } else {
            tracks.put(track.id(), track);
        }
    }

    /** The tracks whose faces need only be located in a frame taken now. */
    List<Track> known(Instant now) {
        return tracks.values().stream().filter(t -> !t.checked().plus(recheckAfter).isBefore(now)).toList();
    }

    /** A known track's face was located again at {@code box}. */
    void located(long trackId, Box box, Instant now) {
        Track t = tracks.get(trackId);
        if (t != null) {
            put(new Track(t.id(), box, t.studentId(), now, t.checked()));
        }
    }

    /**
     * A face was recognised as a marked student: the track at that place (or the student's track)
     * follows it, else a new one starts. Returns the new track's id, taken from {@code ids}.
     */
    long recognised(Box box, long studentId, Instant now, LongSupplier ids) {
        remove(t -> t.studentId() == studentId || overlap(t.box(), box) >= 0.3);
        long id = ids.getAsLong();
        put(new Track(id, box, studentId, now, now));
        return id;
    }

    /** A face at {@code box} was recognised as nobody marked: a track there no longer holds. */
    void lost(Box box) {
        remove(t -> overlap(t.box(), box) >= 0.3);
    }

    /** Forgets a student's track (after a teacher's decision or a manual change). */
    void forget(long studentId) {
        remove(t -> t.studentId() == studentId);
    }

    /** Ids of stored tracks that ended here: to be deleted. */
    List<Long> removed() {
        return List.copyOf(removed);
    }

    /** Tracks stored before and moved here: to be updated. */
    List<Track> changed() {
        return changed.stream().filter(stored::contains).map(tracks::get).toList();
    }

    /** Tracks started here: to be inserted. */
    List<Track> created() {
        return changed.stream().filter(id -> !stored.contains(id)).map(tracks::get).toList();
    }

    private void put(Track track) {
        tracks.put(track.id(), track);
        changed.add(track.id());
    }

    private void remove(java.util.function.Predicate<Track> which) {
        List<Long> ids = new ArrayList<>();
        for (Track t : tracks.values()) {
            if (which.test(t)) {
                ids.add(t.id());
            }
        }
        for (long id : ids) {
            tracks.remove(id);
            changed.remove(id);
            if (stored.contains(id)) {
                removed.add(id);
            }
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
