package app.attendance.face.eval;

import java.util.List;

/**
 * The attendance API's rule for a teacher-attended session (its {@code FaceDecider} with the default
 * settings), replayed over one attendee's frames, so the evaluation reports what the product would
 * do and not only proxies: a clear match at the strong threshold on a face scored live marks at
 * once (a doubt counts only from {@value #LIVENESS_MIN_FACE} px); otherwise each frame whose best candidate is the student at the match threshold is a
 * sighting weighing its face width / {@value #FULL_WEIGHT_WIDTH} (at least ½, at most 1); at a
 * weight of {@value #CONSENSUS_FRAMES}, a face more often doubted than live, an unclear match or a
 * weighted mean similarity under match + {@value #REVIEW_BAND} goes to the teacher's review,
 * anything else is marked.
 */
final class AttendedRule {

    static final double FULL_WEIGHT_WIDTH = 28;
    static final double CONSENSUS_FRAMES = 2;
    static final double REVIEW_BAND = 0.05;
    static final double MARGIN = 0.05;
    /** A doubtful verdict on a face narrower than this is ignored ({@code attendedLivenessMinFace}). */
    static final double LIVENESS_MIN_FACE = 256;

    /** Where an attendee stands after the frames. */
    enum Verdict {
        MARKED, IN_REVIEW, NOT_YET
    }

    private AttendedRule() {
    }

    static Verdict over(List<BucketTally.Outcome> frames, double match, double strong) {
        double weight = 0;
        double weighted = 0;
        int live = 0;
        int doubtful = 0;
        for (BucketTally.Outcome o : frames) {
            if (Double.isNaN(o.similarity()) || o.similarity() < match) {
                continue;
            }
            Boolean scored = Boolean.FALSE.equals(o.live()) && o.width() < LIVENESS_MIN_FACE ? null : o.live();
            if (o.clear() && o.similarity() >= strong && Boolean.TRUE.equals(scored)) {
                return Verdict.MARKED;
            }
            double w = Math.max(0.5, Math.min(1, o.width() / FULL_WEIGHT_WIDTH));
            weight += w;
            weighted += w * o.similarity();
            live += Boolean.TRUE.equals(scored) ? 1 : 0;
            doubtful += Boolean.FALSE.equals(scored) ? 1 : 0;
            if (weight < CONSENSUS_FRAMES - 1e-9) {
                continue;
            }
            boolean marks = doubtful <= live && o.clear() && weighted / weight >= match + REVIEW_BAND;
            return marks ? Verdict.MARKED : Verdict.IN_REVIEW;
        }
        return Verdict.NOT_YET;
    }
}
