package app.attendance.api.attendance.recognition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognition evidence over frames, per session and student: each sighting with its weight (a
 * small face counts for less, so it needs more frames, never a lower bar) and its liveness.
 * Sightings expire after the window; a student keeps at most {@code maxPerStudent} of them.
 * <p>
 * An instance is the working copy of one frame: {@link SightingStore} loads a session's stored
 * sightings into it inside the frame's transaction and writes back what changed ({@link #added},
 * {@link #dropped}), so every API replica sees the same evidence. Not thread-safe; confined to the
 * frame's transaction.
 */
final class Sightings {

    /** One frame's sighting of a student, with that frame's similarity (NaN when not known). */
    record Sighting(Instant at, double weight, LivenessState liveness, double similarity) {

        Sighting(Instant at, double weight, LivenessState liveness) {
            this(at, weight, liveness, Double.NaN);
        }
    }

    /**
     * The evidence in the window, this sighting included; {@code similarity} is the mean of the
     * sightings' similarities, each weighted like its sighting (NaN when none is known).
     */
    record Evidence(double weight, int live, int doubtful, int unscored, double similarity) {
    }

    /** A sighting not yet stored, of a student in a session. */
    record New(long sessionId, long studentId, Sighting sighting) {
    }

    /** A sighting held here; {@code id} is null until it is stored. */
    private static final class Held {
        final Long id;
        final New sighting;

        Held(Long id, New sighting) {
            this.id = id;
            this.sighting = sighting;
        }
    }

    private final Duration window;
    private final int maxPerStudent;
    private final Map<Long, Map<Long, Deque<Held>>> sessions = new HashMap<>();
    private final List<Held> added = new ArrayList<>();
    private final List<Long> dropped = new ArrayList<>();

    Sightings(Duration window, int maxPerStudent) {
        this.window = window;
        this.maxPerStudent = Math.max(1, maxPerStudent);
    }

    /** Puts back a stored sighting (in the order they were seen); one past the window at {@code now} is dropped. */
    void load(long id, long sessionId, long studentId, Sighting sighting, Instant now) {
        Held held = new Held(id, new New(sessionId, studentId, sighting));
        if (sighting.at().isBefore(now.minus(window))) {
            dropped.add(id);
            return;
        }
        Deque<Held> seen = sessions.computeIfAbsent(sessionId, s -> new HashMap<>())
                .computeIfAbsent(studentId, s -> new ArrayDeque<>());
        seen.addLast(held);
        trim(seen);
    }

    /** Records a sighting and returns the evidence in the window. */
    Evidence observe(long sessionId, long studentId, Sighting sighting) {
        Map<Long, Deque<Held>> students = sessions.computeIfAbsent(sessionId, id -> new HashMap<>());
        students.values().removeIf(d -> expire(d, sighting.at()).isEmpty());
        Deque<Held> seen = students.computeIfAbsent(studentId, id -> new ArrayDeque<>());
        Held held = new Held(null, new New(sessionId, studentId, sighting));
        seen.addLast(held);
        added.add(held);
        trim(seen);
        double weight = 0;
        double similar = 0;
        double similarWeight = 0;
        int live = 0;
        int doubtful = 0;
        int unscored = 0;
        for (Held h : seen) {
            Sighting s = h.sighting.sighting();
            weight += s.weight();
            if (!Double.isNaN(s.similarity())) {
                similar += s.weight() * s.similarity();
                similarWeight += s.weight();
            }
            switch (s.liveness()) {
                case LIVE -> live++;
                case DOUBTFUL -> doubtful++;
                case UNSCORED -> unscored++;
            }
        }
        return new Evidence(weight, live, doubtful, unscored,
                similarWeight > 0 ? similar / similarWeight : Double.NaN);
    }

    /** Forgets a student of a session (after a mark or a teacher's decision). */
    void forget(long sessionId, long studentId) {
        Map<Long, Deque<Held>> students = sessions.get(sessionId);
        Deque<Held> seen = students == null ? null : students.remove(studentId);
        if (seen != null) {
            seen.forEach(this::drop);
        }
    }

    /** Sightings observed here and still held: to be stored. */
    List<New> added() {
        return added.stream().map(h -> h.sighting).toList();
    }

    /** Ids of stored sightings expired, trimmed or forgotten here: to be deleted. */
    List<Long> dropped() {
        return List.copyOf(dropped);
    }

    private void trim(Deque<Held> seen) {
        while (seen.size() > maxPerStudent) {
            drop(seen.removeFirst());
        }
    }

    private void drop(Held held) {
        if (held.id != null) {
            dropped.add(held.id);
        } else {
            added.remove(held);
        }
    }

    private Deque<Held> expire(Deque<Held> seen, Instant now) {
        Instant oldest = now.minus(window);
        while (!seen.isEmpty() && seen.peekFirst().sighting.sighting().at().isBefore(oldest)) {
            drop(seen.removeFirst());
        }
        return seen;
    }
}
