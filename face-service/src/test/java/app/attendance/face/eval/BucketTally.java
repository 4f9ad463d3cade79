package app.attendance.face.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of one face-size bucket of the classroom frames. A face is "matched" when its best
 * candidate reaches the match threshold; "gated" figures also require that the service did not
 * call it a spoof (as {@code recognition-requires-live} does; a face whose liveness was not scored
 * is not gated).
 */
final class BucketTally {

    final int size;
    final double match;
    final double strong;
    int frames;
    int students;
    int strangers;
    int studentsFound;
    int strangersFound;
    int hostedFaces;
    int leftOut;
    int rank1;
    int matchedRight;
    int matchedRightGated;
    int wrong;
    int wrongGated;
    int strangersMatched;
    int strangersMatchedGated;
    int unlabelled;
    int unlabelledMatched;
    int live;
    int spoof;
    int unscored;
    int liveOwnPhoto;
    int scoredOwnPhoto;
    int liveHosted;
    int scoredHosted;
    final List<Double> same = new ArrayList<>();
    int sameBelowRunnerUp;
    double differentMax = Double.NaN;
    double strangerMax = Double.NaN;
    final List<Double> wallMs = new ArrayList<>();
    long cpuMs;
    long cpuKnownMs;
    int attendees;
    int strongInAny;
    int twoOfThree;
    int marked;
    int markedGated;
    int ruleMarked;
    int ruleSurfaced;
    /** Attendees the API's rule did not mark, with their own-subject similarity in each frame. */
    final List<String> notMarked = new ArrayList<>();

    BucketTally(int size, double match, double strong) {
        this.size = size;
        this.match = match;
        this.strong = strong;
    }

    /** Adds one frame; {@code pair[i]} is the detection of truth i or -1. Returns per truth: the
     * similarity of its own subject when it was the best candidate, else NaN, and whether gated. */
    Outcome[] frame(List<FrameComposer.Truth> truths, List<FaceApi.Seen> seen, int[] pair, double wall) {
        frames++;
        wallMs.add(wall);
        Outcome[] out = new Outcome[truths.size()];
        boolean[] labelled = new boolean[seen.size()];
        for (int i = 0; i < truths.size(); i++) {
            FrameComposer.Truth t = truths.get(i);
            boolean student = t.subjectId() != null;
            if (student) {
                students++;
            } else {
                strangers++;
            }
            if (t.hosted()) {
                hostedFaces++;
            }
            out[i] = Outcome.none();
            if (pair[i] < 0) {
                continue;
            }
            labelled[pair[i]] = true;
            FaceApi.Seen s = seen.get(pair[i]);
            boolean notSpoof = s.live() == null || s.live();
            liveness(s, t.hosted());
            boolean hit = s.top() != null && s.topSim() >= match;
            if (!student) {
                strangersFound++;
                strangerMax = max(strangerMax, s.topSim());
                strangersMatched += hit ? 1 : 0;
                strangersMatchedGated += hit && notSpoof ? 1 : 0;
                continue;
            }
            studentsFound++;
            boolean right = t.subjectId().equals(s.top());
            if (right) {
                rank1++;
                same.add(s.topSim());
                differentMax = max(differentMax, s.secondSim());
                matchedRight += hit ? 1 : 0;
                matchedRightGated += hit && notSpoof ? 1 : 0;
                out[i] = new Outcome(s.topSim(), notSpoof, s.live(), s.box().w(),
                        Double.isNaN(s.secondSim()) || s.topSim() - s.secondSim() >= AttendedRule.MARGIN);
            } else {
                differentMax = max(differentMax, s.topSim());
                wrong += hit ? 1 : 0;
                wrongGated += hit && notSpoof ? 1 : 0;
                if (t.subjectId().equals(s.second())) {
                    same.add(s.secondSim());
                } else {
                    sameBelowRunnerUp++;
                }
            }
        }
        for (int j = 0; j < seen.size(); j++) {
            if (!labelled[j]) {
                unlabelled++;
                unlabelledMatched += seen.get(j).top() != null && seen.get(j).topSim() >= match ? 1 : 0;
            }
        }
        return out;
    }

    /** One attendee over a session's frames: own-subject similarities (NaN = not the best) and gates. */
    void attendee(String id, List<Outcome> frames) {
        attendees++;
        boolean anyStrong = frames.stream().anyMatch(o -> o.similarity() >= strong);
        boolean two = frames.stream().filter(o -> o.similarity() >= match).count() >= 2;
        boolean anyStrongGated = frames.stream().anyMatch(o -> o.similarity() >= strong && o.notSpoof());
        boolean twoGated = frames.stream().filter(o -> o.similarity() >= match && o.notSpoof()).count() >= 2;
        strongInAny += anyStrong ? 1 : 0;
        twoOfThree += two ? 1 : 0;
        marked += anyStrong || two ? 1 : 0;
        markedGated += anyStrongGated || twoGated ? 1 : 0;
        AttendedRule.Verdict verdict = AttendedRule.over(frames, match, strong);
        ruleMarked += verdict == AttendedRule.Verdict.MARKED ? 1 : 0;
        ruleSurfaced += verdict != AttendedRule.Verdict.NOT_YET ? 1 : 0;
        if (verdict != AttendedRule.Verdict.MARKED) {
            StringBuilder line = new StringBuilder(id).append(verdict == AttendedRule.Verdict.NOT_YET ? " (not seen"
                    : " (in review").append(": ");
            for (Outcome o : frames) {
                line.append(Double.isNaN(o.similarity()) ? "–" : String.format(java.util.Locale.ROOT, "%.2f", o
                        .similarity())).append(' ');
            }
            notMarked.add(line.toString().trim() + ")");
        }
    }

    private void liveness(FaceApi.Seen s, boolean hosted) {
        if (s.live() == null) {
            unscored++;
            return;
        }
        live += s.live() ? 1 : 0;
        spoof += s.live() ? 0 : 1;
        if (hosted) {
            scoredHosted++;
            liveHosted += s.live() ? 1 : 0;
        } else {
            scoredOwnPhoto++;
            liveOwnPhoto += s.live() ? 1 : 0;
        }
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /**
     * A true face's result in one frame: own-subject similarity (NaN when another subject was best),
     * whether not called a spoof, the liveness verdict (null: not scored), face width, and whether
     * the runner-up is at least the API's margin behind.
     */
    record Outcome(double similarity, boolean notSpoof, Boolean live, double width, boolean clear) {

        static Outcome none() {
            return new Outcome(Double.NaN, false, null, 0, false);
        }
    }
}
