package app.attendance.api.recognition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, per session and student, when the student was recognised recently, so that
 * agreeing frames can be counted. Held in memory only: bounded (least recently used sessions
 * dropped), sightings expire after the window. Losing it (a restart) only delays a mark by one
 * frame. Thread-safe.
 */
final class ConsensusTracker {

    private final Duration window;
    private final int maxPerStudent;
    private final Map<Long, Map<Long, Deque<Instant>>> sessions;

    ConsensusTracker(Duration window, int maxPerStudent, int maxSessions) {
        this.window = window;
        this.maxPerStudent = Math.max(1, maxPerStudent);
        this.sessions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Map<Long, Deque<Instant>>> eldest) {
                return size() > maxSessions;
            }
        };
    }

    /** Records a sighting and returns how many sightings (this one included) fall in the window. */
    synchronized int observe(long sessionId, long studentId, Instant at) {
        Map<Long, Deque<Instant>> students = sessions.computeIfAbsent(sessionId, id -> new HashMap<>());
        students.values().removeIf(d -> expire(d, at).isEmpty());
        Deque<Instant> seen = students.computeIfAbsent(studentId, id -> new ArrayDeque<>());
        seen.addLast(at);
        while (seen.size() > maxPerStudent) {
            seen.removeFirst();
        }
        return seen.size();
    }

    /** Forgets a student of a session (after a mark or a teacher's decision). */
    synchronized void forget(long sessionId, long studentId) {
        Map<Long, Deque<Instant>> students = sessions.get(sessionId);
        if (students != null) {
            students.remove(studentId);
        }
    }

    synchronized int sessions() {
        return sessions.size();
    }

    private Deque<Instant> expire(Deque<Instant> seen, Instant now) {
        Instant oldest = now.minus(window);
        while (!seen.isEmpty() && seen.peekFirst().isBefore(oldest)) {
            seen.removeFirst();
        }
        return seen;
    }
}
