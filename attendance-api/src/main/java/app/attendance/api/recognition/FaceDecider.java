package app.attendance.api.recognition;

import app.attendance.api.faceclient.FaceRecords.RecognizedFace;
import app.attendance.api.faceclient.FaceRecords.SubjectSimilarity;
import app.attendance.api.faceclient.SubjectIds;
import java.time.Instant;
import java.util.Set;

/**
 * The recognition rules for one face, free of I/O:
 * <ul>
 * <li>a face that fails liveness is a SPOOF and is never marked;</li>
 * <li>no roster match: another class's student (OTHER_CLASS) or UNKNOWN;</li>
 * <li>a student who already has a record is ALREADY_MARKED (manual marks are never touched);</li>
 * <li>a clear match at or above the strong threshold marks at once;</li>
 * <li>otherwise the student must be seen in {@code consensusFrames} frames within the window
 *     (CONFIRMING until then); then a clear match above the review band marks, and an
 *     ambiguous one (too close to the runner-up) or one inside the review band becomes a pending
 *     match for the teacher.</li>
 * </ul>
 */
final class FaceDecider {

    /** The thresholds in force for one frame. */
    record Thresholds(double match, double strong) {
    }

    private final ConsensusTracker consensus;
    private final RecognitionProperties rules;

    FaceDecider(ConsensusTracker consensus, RecognitionProperties rules) {
        this.consensus = consensus;
        this.rules = rules;
    }

    /**
     * @param roster student ids of the session's class with enrolled faces
     * @param marked student ids that already have a record in the session
     */
    Decision decide(long sessionId, RecognizedFace face, Set<Long> roster, Set<Long> marked,
                    Thresholds thresholds, Instant now) {
        if (face.liveness() != null && !face.liveness().live()) {
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
        if (clear && similarity >= thresholds.strong()) {
            return new Decision(Decision.Action.MARK, null, studentId, similarity);
        }
        int seen = consensus.observe(sessionId, studentId, now);
        if (seen < rules.consensusFrames()) {
            return Decision.report(Outcome.CONFIRMING, studentId, similarity);
        }
        boolean inReviewBand = similarity < thresholds.match() + rules.reviewBand();
        if (clear && !inReviewBand) {
            return new Decision(Decision.Action.MARK, null, studentId, similarity);
        }
        return new Decision(Decision.Action.REVIEW, null, studentId, similarity);
    }
}
