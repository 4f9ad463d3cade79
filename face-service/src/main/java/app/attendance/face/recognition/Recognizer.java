package app.attendance.face.recognition;

import app.attendance.face.config.FaceProperties;
import app.attendance.face.index.FaceIndex;
import app.attendance.face.index.FarFaces;
import app.attendance.face.index.SubjectMatch;
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.pipeline.FaceJson;
import app.attendance.face.pipeline.Found;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Looks each face up in the index. With {@code face.quality.recognition-requires-live} on, a face
 * the liveness model calls a spoof is never matched; by default it is matched and its liveness
 * reported, so that the caller's policy decides (a teacher-attended session reviews it, a kiosk
 * refuses it). With candidates, the best
 * subject outside them that still reaches the threshold is reported as the outsider. A face
 * narrower than {@link FarFaces#PROBE_MAX_WIDTH} is also compared with the far templates, and each
 * subject counts at its better similarity.
 */
@Service
class Recognizer {

    private final FaceIndex index;
    private final boolean requireLive;

    Recognizer(FaceIndex index, FaceProperties props) {
        this.index = index;
        this.requireLive = props.quality().recognitionRequiresLive();
    }

    /**
     * A face that was not analysed: the caller already knows it (its box index in {@code known}), or
     * asked for no analysis ({@code known} null then). Box only.
     */
    RecognizedFace known(Found found) {
        return new RecognizedFace(FaceJson.Box.of(found.detection()), null, null, null, null,
                found.known() >= 0 ? found.known() : null);
    }

    RecognizedFace recognize(AnalysedFace face, Set<String> candidates, float threshold) {
        FaceJson.Box box = FaceJson.Box.of(face.detection());
        FaceJson.Liveness liveness = FaceJson.Liveness.of(face);
        if (requireLive && !face.live()) {
            return new RecognizedFace(box, liveness, null, null, null, null);
        }
        List<SubjectMatch> top = index.search(face.modelId(), face.embedding(), 2, candidates);
        if (face.detection().width() < FarFaces.PROBE_MAX_WIDTH) {
            top = best(top, index.search(FarFaces.model(face.modelId()), face.embedding(), 2, candidates), 2);
        }
        Candidate match = !top.isEmpty() && top.get(0).similarity() >= threshold ? Candidate.of(top.get(0)) : null;
        Candidate runnerUp = top.size() > 1 ? Candidate.of(top.get(1)) : null;
        Candidate outsider = null;
        if (candidates != null) {
            List<SubjectMatch> all = index.search(face.modelId(), face.embedding(), candidates.size() + 1, null);
            outsider = all.stream()
                    .filter(m -> !candidates.contains(m.subjectId()) && m.similarity() >= threshold)
                    .findFirst().map(Candidate::of).orElse(null);
        }
        return new RecognizedFace(box, liveness, match, runnerUp, outsider, null);
    }

    /** The {@code k} best subjects of both lists, each at its higher similarity. */
    static List<SubjectMatch> best(List<SubjectMatch> a, List<SubjectMatch> b, int k) {
        Map<String, SubjectMatch> bySubject = new HashMap<>();
        for (SubjectMatch m : a) {
            bySubject.merge(m.subjectId(), m, (x, y) -> x.similarity() >= y.similarity() ? x : y);
        }
        for (SubjectMatch m : b) {
            bySubject.merge(m.subjectId(), m, (x, y) -> x.similarity() >= y.similarity() ? x : y);
        }
        return bySubject.values().stream()
                .sorted(Comparator.comparingDouble(SubjectMatch::similarity).reversed())
                .limit(k).toList();
    }

    /**
     * One face of the frame with its best match, the runner-up and, with candidates, the outsider;
     * {@code liveness} is null for a face too small to be scored. {@code known}: index of the
     * caller's known box this face is (nothing else is reported for it), else null.
     */
    record RecognizedFace(FaceJson.Box box, FaceJson.Liveness liveness, Candidate match, Candidate runnerUp,
            Candidate outsider, Integer known) {
    }

    /** A subject and its similarity to the face. */
    record Candidate(String subjectId, float similarity) {

        static Candidate of(SubjectMatch m) {
            return new Candidate(m.subjectId(), Math.round(m.similarity() * 10000) / 10000f);
        }
    }
}
