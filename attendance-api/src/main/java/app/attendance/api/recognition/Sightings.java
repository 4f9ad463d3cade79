package app.attendance.api.recognition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recognition evidence over frames, per session and student: each sighting with its weight (a
 * small face counts for less, so it needs more frames, never a lower bar) and its liveness.
 * Held in memory, bounded (least recently used sessions dropped); sightings expire after the
 * window. Losing it (a restart) only delays a mark. Thread-safe.
 */
final class Sightings {

    /** One frame's sighting of a student. */
    record Sighting(Instant at, double weight, LivenessState liveness) {
    }

    /** The evidence in the window, this sighting included. */
    record Evidence(double weight, int live, int doubtful, int unscored) {
    }

    private final Duration window;
    private final int maxPerStudent;
    private final Map<Long, Map<Long, Deque<Sighting>>> sessions;

    Sightings(Duration window, int maxPerStudent, int maxSessions) {
        this.window = window;
        this.maxPerStudent = Math.max(1, maxPerStudent);
        this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Map<Long, Deque<Sighting>>> eldest) {
                return size() > maxSessions;
            }
        };
    }

    /** Records a sighting and returns the evidence in the window. */
    synchronized Evidence observe(long sessionId, long studentId, Sighting sighting) {
        Map<Long, Deque<Sighting>> students = sessions.computeIfAbsent(sessionId, id -> new HashMap<>());
        students.values().removeIf(d -> expire(d, sighting.at()).isEmpty());
        Deque<Sighting> seen = students.computeIfAbsent(studentId, id -> new ArrayDeque<>());
        seen.addLast(sighting);
        while (seen.size() > maxPerStudent) {
            seen.removeFirst();
        }
        double weight = 0;
        int live = 0;
        int doubtful = 0;
        int unscored = 0;
        for (Sighting s : seen) {
            weight += s.weight();
            switch (s.liveness()) {
                case LIVE -> live++;
                case DOUBTFUL -> doubtful++;
                case UNSCORED -> unscored++;
            }
        }
        return new Evidence(weight, live, doubtful, unscored);
    }

    /** Forgets a student of a session (after a mark or a teacher's decision). */
    synchronized void forget(long sessionId, long studentId) {
        Map<Long, Deque<Sighting>> students = sessions.get(sessionId);
        if (students != null) {
            students.remove(studentId);
        }
    }

    synchronized int sessions() {
        return sessions.size();
    }

    private Deque<Sighting> expire(Deque<Sighting> seen, Instant now) {
        Instant oldest = now.minus(window);
        while (!seen.isEmpty() && seen.peekFirst().at().isBefore(oldest)) {
            seen.removeFirst();
        }
        return seen;
    }
}
