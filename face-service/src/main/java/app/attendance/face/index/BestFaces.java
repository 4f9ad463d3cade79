package app.attendance.face.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps each subject's best face while hits stream in; hands out the top subjects. */
final class BestFaces {

    private static final Comparator<SubjectMatch> BEST_FIRST = Comparator
            .comparingDouble(SubjectMatch::similarity).reversed()
            .thenComparing(SubjectMatch::subjectId);

    private final Map<String, SubjectMatch> bySubject = new HashMap<>();

    void offer(String subjectId, float cosine, String faceId) {
        SubjectMatch current = bySubject.get(subjectId);
        if (current == null || cosine > current.similarity()) {
            bySubject.put(subjectId, new SubjectMatch(subjectId, cosine, faceId));
        }
    }

    void addAll(BestFaces other) {
        other.bySubject.values().forEach(m -> offer(m.subjectId(), m.similarity(), m.faceId()));
    }

    int size() {
        return bySubject.size();
    }

    List<SubjectMatch> top(int k) {
        List<SubjectMatch> all = new ArrayList<>(bySubject.values());
        all.sort(BEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }
}
