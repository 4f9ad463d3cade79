package app.attendance.face.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The {@code k} best-scoring subjects seen so far (one centroid per subject and model). */
final class TopSubjects {

    /** A subject and the cosine of its centroid with the probe. */
    record Scored(String subjectId, float cosine) {
    }

    private static final Comparator<Scored> WORST_FIRST = Comparator
            .comparingDouble(Scored::cosine).thenComparing(Scored::subjectId, Comparator.reverseOrder());

    private final int k;
    private final PriorityQueue<Scored> heap = new PriorityQueue<>(WORST_FIRST);

    TopSubjects(int k) {
        this.k = k;
    }

    boolean accepts(float cosine) {
        return heap.size() < k || cosine >= heap.peek().cosine();
    }

    void offer(String subjectId, float cosine) {
        heap.add(new Scored(subjectId, cosine));
        if (heap.size() > k) {
            heap.poll();
        }
    }

    void addAll(TopSubjects other) {
        other.heap.forEach(s -> offer(s.subjectId(), s.cosine()));
    }

    List<Scored> bestFirst() {
        List<Scored> all = new ArrayList<>(heap);
        all.sort(WORST_FIRST.reversed());
        return all;
    }
}
