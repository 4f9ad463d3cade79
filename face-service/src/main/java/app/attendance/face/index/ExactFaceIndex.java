package app.attendance.face.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An exact, in-memory gallery: every search compares the query with every stored face.
 * Not durable. A subject scores as the cosine between the query and the normalised mean of
 * its faces (its centroid), as in the durable index; the match names the closest face. It is
 * the reference the approximate index is measured against (recall) and the fallback for tests
 * that need no disk.
 */
public class ExactFaceIndex implements FaceIndex {

    private final Map<String, List<FaceVector>> bySubject = new LinkedHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    @Override
    public void add(List<FaceVector> faces) {
        lock.writeLock().lock();
        try {
            for (FaceVector face : faces) {
                bySubject.computeIfAbsent(face.subjectId(), id -> new ArrayList<>()).add(face);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public int deleteSubject(String subjectId) {
        lock.writeLock().lock();
        try {
            List<FaceVector> removed = bySubject.remove(subjectId);
            return removed == null ? 0 : removed.size();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean deleteFace(String subjectId, String faceId) {
        lock.writeLock().lock();
        try {
            List<FaceVector> faces = bySubject.get(subjectId);
            boolean removed = faces != null && faces.removeIf(f -> f.faceId().equals(faceId));
            if (faces != null && faces.isEmpty()) {
                bySubject.remove(subjectId);
            }
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<FaceVector> faces(String subjectId) {
        lock.readLock().lock();
        try {
            return List.copyOf(bySubject.getOrDefault(subjectId, List.of()));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<SubjectSummary> subjects(String after, int limit) {
        lock.readLock().lock();
        try {
            TreeMap<BytesKey, SubjectSummary> sorted = new TreeMap<>();
            for (Map.Entry<String, List<FaceVector>> e : bySubject.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    sorted.put(new BytesKey(e.getKey()), new SubjectSummary(e.getKey(), e.getValue().size()));
                }
            }
            var tail = after == null ? sorted : sorted.tailMap(new BytesKey(after), false);
            return tail.values().stream().limit(Math.max(0, limit)).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A subject id ordered as its UTF-8 bytes, like Lucene's terms. */
    private record BytesKey(String id) implements Comparable<BytesKey> {
        @Override
        public int compareTo(BytesKey other) {
            return Arrays.compareUnsigned(id.getBytes(StandardCharsets.UTF_8),
                    other.id.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public List<SubjectMatch> search(String modelId, float[] query, int k, Set<String> candidates) {
        lock.readLock().lock();
        try {
            List<SubjectMatch> best = new ArrayList<>();
            for (Map.Entry<String, List<FaceVector>> entry : bySubject.entrySet()) {
                if (candidates != null && !candidates.contains(entry.getKey())) {
                    continue;
                }
                List<float[]> vectors = new ArrayList<>();
                FaceVector closest = null;
                float closestSimilarity = Float.NEGATIVE_INFINITY;
                for (FaceVector face : entry.getValue()) {
                    if (!face.modelId().equals(modelId) || face.vector().length != query.length) {
                        continue;
                    }
                    vectors.add(face.vector());
                    float s = dot(query, face.vector());
                    if (s > closestSimilarity) {
                        closestSimilarity = s;
                        closest = face;
                    }
                }
                SubjectMatch top = closest == null ? null
                        : new SubjectMatch(entry.getKey(), dot(query, Centroids.of(vectors)), closest.faceId());
                if (top != null) {
                    best.add(top);
                }
            }
            best.sort(Comparator.comparingDouble(SubjectMatch::similarity).reversed()
                    .thenComparing(SubjectMatch::subjectId));
            return List.copyOf(best.subList(0, Math.min(k, best.size())));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long deleteModel(String modelId) {
        lock.writeLock().lock();
        try {
            long removed = 0;
            for (List<FaceVector> faces : bySubject.values()) {
                int before = faces.size();
                faces.removeIf(f -> f.modelId().equals(modelId));
                removed += before - faces.size();
            }
            bySubject.values().removeIf(List::isEmpty);
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public IndexStats stats() {
        lock.readLock().lock();
        try {
            Map<String, Long> perModel = new HashMap<>();
            long faces = 0;
            for (List<FaceVector> list : bySubject.values()) {
                for (FaceVector f : list) {
                    perModel.merge(f.modelId(), 1L, Long::sum);
                    faces++;
                }
            }
            return new IndexStats(faces, bySubject.size(), Map.copyOf(perModel), 0);
        } finally {
            lock.readLock().unlock();
        }
    }

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
