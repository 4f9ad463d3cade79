package app.attendance.api.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.faceclient.FaceRecords.Box;
import app.attendance.api.faceclient.FaceRecords.Liveness;
import app.attendance.api.faceclient.FaceRecords.RecognizedFace;
import app.attendance.api.faceclient.FaceRecords.SubjectSimilarity;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for one face: liveness gate, roster, consensus, strong matches, review. */
class FaceDeciderTest {

    private static final RecognitionProperties RULES = new RecognitionProperties(null, null, 0.05, 0.05,
            Duration.ofSeconds(10), 2, 100, Duration.ofDays(30), "0 0 3 * * *", 160, null);
    private static final FaceDecider.Thresholds T = new FaceDecider.Thresholds(0.40, 0.70);
    private static final Set<Long> ROSTER = Set.of(1L, 2L, 3L);
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    private final FaceDecider decider = new FaceDecider(new ConsensusTracker(Duration.ofSeconds(10), 2, 100), RULES);

    private static RecognizedFace face(boolean live, SubjectSimilarity match, SubjectSimilarity runnerUp,
                                       SubjectSimilarity outsider) {
        return new RecognizedFace(new Box(0, 0, 50, 50), new Liveness(live ? 0.95 : 0.1, live), match, runnerUp, outsider);
    }

    private static SubjectSimilarity s(long student, double similarity) {
        return new SubjectSimilarity("student-" + student, similarity);
    }

    private Decision decide(RecognizedFace face, Set<Long> marked, Instant at) {
        return decider.decide(9L, face, ROSTER, marked, T, at);
    }

    @Test
    void aFaceThatFailsLivenessIsNeverMarkedEvenWhenRecognised() {
        Decision d = decide(face(false, s(1, 0.95), null, null), Set.of(), T0);
        assertThat(d.outcome()).isEqualTo(Outcome.SPOOF);
        assertThat(d.action()).isEqualTo(Decision.Action.REPORT);
    }

    @Test
    void strongClearMatchMarksAtOnce() {
        Decision d = decide(face(true, s(1, 0.8), s(2, 0.3), null), Set.of(), T0);
        assertThat(d.action()).isEqualTo(Decision.Action.MARK);
        assertThat(d.studentId()).isEqualTo(1L);
    }

    @Test
    void weakMatchNeedsASecondFrameWithinTheWindow() {
        assertThat(decide(face(true, s(1, 0.55), null, null), Set.of(), T0).outcome()).isEqualTo(Outcome.CONFIRMING);
        Decision second = decide(face(true, s(1, 0.56), null, null), Set.of(), T0.plusSeconds(4));
        assertThat(second.action()).isEqualTo(Decision.Action.MARK);
    }

    @Test
    void framesFurtherApartThanTheWindowDoNotAgree() {
        decide(face(true, s(1, 0.55), null, null), Set.of(), T0);
        Decision late = decide(face(true, s(1, 0.55), null, null), Set.of(), T0.plusSeconds(11));
        assertThat(late.outcome()).isEqualTo(Outcome.CONFIRMING);
    }

    @Test
    void persistentMatchTooCloseToTheRunnerUpGoesToReview() {
        decide(face(true, s(1, 0.8), s(2, 0.78), null), Set.of(), T0);
        Decision d = decide(face(true, s(1, 0.8), s(2, 0.78), null), Set.of(), T0.plusSeconds(1));
        assertThat(d.action()).isEqualTo(Decision.Action.REVIEW);
    }

    @Test
    void persistentMatchJustAboveTheThresholdGoesToReview() {
        decide(face(true, s(1, 0.42), null, null), Set.of(), T0);
        assertThat(decide(face(true, s(1, 0.43), null, null), Set.of(), T0.plusSeconds(1)).action())
                .isEqualTo(Decision.Action.REVIEW);
    }

    @Test
    void alreadyMarkedStudentsAreNotTouched() {
        Decision d = decide(face(true, s(1, 0.9), null, null), Set.of(1L), T0);
        assertThat(d.outcome()).isEqualTo(Outcome.ALREADY_MARKED);
        assertThat(d.action()).isEqualTo(Decision.Action.REPORT);
    }

    @Test
    void studentOfAnotherClassAndStrangers() {
        assertThat(decide(face(true, null, null, s(42, 0.8)), Set.of(), T0).outcome()).isEqualTo(Outcome.OTHER_CLASS);
        assertThat(decide(face(true, null, null, null), Set.of(), T0).outcome()).isEqualTo(Outcome.UNKNOWN);
        // Without candidates face-service searches everyone: an off-roster match is another class's student.
        assertThat(decide(face(true, s(77, 0.9), null, null), Set.of(), T0).outcome()).isEqualTo(Outcome.OTHER_CLASS);
        assertThat(decide(face(true, new SubjectSimilarity("visitor-1", 0.9), null, null), Set.of(), T0).outcome())
                .isEqualTo(Outcome.UNKNOWN);
        assertThat(decide(face(true, s(1, 0.3), null, null), Set.of(), T0).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void trackerForgetsOldSessionsAndKeepsItsBound() {
        ConsensusTracker tracker = new ConsensusTracker(Duration.ofSeconds(10), 2, 3);
        for (long session = 0; session < 10; session++) {
            tracker.observe(session, 1, T0);
        }
        assertThat(tracker.sessions()).isEqualTo(3);
        assertThat(tracker.observe(9, 1, T0.plusSeconds(1))).isEqualTo(2);
        assertThat(tracker.observe(9, 1, T0.plusSeconds(2))).isEqualTo(2);
    }
}
