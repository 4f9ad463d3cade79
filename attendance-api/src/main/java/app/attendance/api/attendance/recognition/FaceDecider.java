package app.attendance.api.attendance.recognition;

import app.attendance.api.faceclient.FaceRecords.RecognizedFace;
import app.attendance.api.faceclient.FaceRecords.SubjectSimilarity;
import app.attendance.api.faceclient.SubjectIds;
import java.time.Instant;
import java.util.Set;

/**
 * The recognition rules for one face, free of I/O. Liveness follows the capture mode:
 * <ul>
 * <li><b>unattended</b> (a device or kiosk, and an attended session in strict mode): a face the
 *     liveness model doubts is a SPOOF and never marked; on a device, a face too small for the
 *     liveness model is TOO_SMALL ("come closer");</li>
 * <li><b>attended</b> (the teacher is in the room): liveness is evidence, not a gate. A doubt
 *     counts only on a face at least {@code attendedLivenessMinFace} wide, where the model is
 *     reliable (below it, it doubts most real faces but rarely calls a photo live): a recognised
 *     face there that is more often doubted than scored live goes to the teacher's review list as
 *     a possible photo; a smaller doubted face, or one too small to be scored, is marked on
 *     recognition over frames alone (the teacher is the liveness check), and the mark says so.</li>
 * </ul>
 * Then: no roster match is another class's student (OTHER_CLASS) or UNKNOWN; a student with a
 * record is ALREADY_MARKED; a clear match at or above the strong threshold on a face scored live
 * marks at once; otherwise sightings accumulate, each weighted by face size (full weight from
 * {@value #FULL_WEIGHT_WIDTH} px, half at half that), until they weigh {@code consensusFrames}
 * (CONFIRMING until then); then a clear match whose sightings' weighted mean similarity is above
 * the review band marks, and an ambiguous one or one inside the review band becomes a pending
 * match for the teacher.
 */
final class FaceDecider {

    /**
     * Face width, px, from which one sighting counts as a whole frame of evidence. A match at the
     * threshold is as trustworthy there as on a close-up (the evaluation's highest different-person
     * similarity at 32 px is 0.32, at 24 px 0.35, at 96 px 0.24, against a match threshold of 0.5;
     * 28 px is also the width of the far templates); below it a face needs more frames: 24 px
     * three, 16 px four.
     */
    static final int FULL_WEIGHT_WIDTH = 28;

    /** The thresholds in force for one frame. */
    record Thresholds(double match, double strong) {
    }

    private final Sightings sightings;
    private final RecognitionProperties rules;

    FaceDecider(Sightings sightings, RecognitionProperties rules) {
        this.sightings = sightings;
        this.rules = rules;
    }

    /**
     * @param roster student ids of the session's class with enrolled faces
     * @param marked student ids that already have a record in the session
     */
    Decision decide(long sessionId, RecognizedFace face, Set<Long> roster, Set<Long> marked,
            Thresholds thresholds, Instant now, CaptureMode mode) {
        boolean gate = mode == CaptureMode.UNATTENDED || rules.attendedLiveness() == AttendedLiveness.STRICT;
        LivenessState scored = LivenessState.of(face.liveness());
        // Below the reliable size the model doubts most real faces, but rarely calls a photo live.
        LivenessState liveness = !gate && scored == LivenessState.DOUBTFUL && face.box() != null
                && face.box().width() < rules.attendedLivenessMinFace() ? LivenessState.UNSCORED : scored;
        if (mode == CaptureMode.UNATTENDED && liveness == LivenessState.UNSCORED) {
            return new Decision(Decision.Action.REPORT, Outcome.TOO_SMALL, null, null, ReviewReason.COME_CLOSER);
        }
        if (gate && liveness == LivenessState.DOUBTFUL) {
            return Decision.report(Outcome.SPOOF, null, null);
        }
        SubjectSimilarity match = face.match();
        Long studentId = match == null ? null : SubjectIds.studentOf(match.subjectId());
        if (studentId == null || !roster.contains(studentId) || match.similarity() < thresholds.match()) {
            // Without candidates face-service searches everyone: a match off the roster is an outsider.
            SubjectSimilarity outsider = face.outsider() != null ? face.outsider()
                    : studentId != null && !roster.contains(studentId) ? match : null;
            Long other = outsider == null ? null : SubjectIds.studentOf(outsider.subjectId());
            if (other != null && outsider.similarity() >= thresholds.match() && !roster.contains(other)) {
                return Decision.report(Outcome.OTHER_CLASS, other, outsider.similarity());
            }
            return Decision.report(Outcome.UNKNOWN, null, null);
        }
        double similarity = match.similarity();
        if (marked.contains(studentId)) {
            return Decision.report(Outcome.ALREADY_MARKED, studentId, similarity);
        }
        boolean clear = face.runnerUp() == null || similarity - face.runnerUp().similarity() >= rules.margin();
        if (clear && similarity >= thresholds.strong() && liveness == LivenessState.LIVE) {
            return Decision.mark(studentId, similarity, null);
        }
        Sightings.Evidence evidence = sightings.observe(sessionId, studentId,
                new Sightings.Sighting(now, weight(face), liveness, similarity));
        if (evidence.weight() < rules.consensusFrames() - 1e-9) {
            return Decision.report(Outcome.CONFIRMING, studentId, similarity);
        }
        if (evidence.doubtful() > evidence.live()) {
            return Decision.review(studentId, similarity, ReviewReason.POSSIBLE_PHOTO);
        }
        if (!clear) {
            return Decision.review(studentId, similarity, ReviewReason.AMBIGUOUS);
        }
        // The frames that saw the student decide together: one weaker frame at the end neither
        // marks nor holds back a student whom the others saw clearly.
        double seen = Double.isNaN(evidence.similarity()) ? similarity : evidence.similarity();
        if (seen < thresholds.match() + rules.reviewBand()) {
            return Decision.review(studentId, seen, ReviewReason.LOW_SIMILARITY);
        }
        if (evidence.live() == 0) {
            return gate ? Decision.review(studentId, seen, ReviewReason.NO_LIVENESS_CHECK)
                    : Decision.mark(studentId, seen, ReviewReason.NO_LIVENESS_CHECK);
        }
        return Decision.mark(studentId, seen, null);
    }

    /** A sighting's weight: 1 from {@value #FULL_WEIGHT_WIDTH} px wide, less for smaller faces (at least ½). */
    static double weight(RecognizedFace face) {
        if (face.box() == null) {
            return 1;
        }
        return Math.max(0.5, Math.min(1.0, face.box().width() / (double) FULL_WEIGHT_WIDTH));
    }
}
