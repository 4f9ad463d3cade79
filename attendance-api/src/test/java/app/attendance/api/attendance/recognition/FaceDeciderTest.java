package app.attendance.api.attendance.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.attendance.api.faceclient.FaceRecords.Box;
import app.attendance.api.faceclient.FaceRecords.Liveness;
import app.attendance.api.faceclient.FaceRecords.RecognizedFace;
import app.attendance.api.faceclient.FaceRecords.SubjectSimilarity;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for one face: liveness by capture mode, roster, weighted consensus, strong matches, review. */
class FaceDeciderTest {

    private static final RecognitionProperties RULES = new RecognitionProperties(null, null, 0.05, 0.05,
            Duration.ofSeconds(10), 2, Duration.ofDays(30), "0 0 3 * * *", 160, null,
            AttendedLiveness.EVIDENCE, 256, Duration.ofSeconds(20), Duration.ofSeconds(5), 2, 40_000_000L, 1920);
    private static final RecognitionProperties STRICT = new RecognitionProperties(null, null, 0.05, 0.05,
            Duration.ofSeconds(10), 2, Duration.ofDays(30), "0 0 3 * * *", 160, null,
            AttendedLiveness.STRICT, 256, Duration.ofSeconds(20), Duration.ofSeconds(5), 2, 40_000_000L, 1920);
    private static final FaceDecider.Thresholds T = new FaceDecider.Thresholds(0.40, 0.70);
    private static final Set<Long> ROSTER = Set.of(1L, 2L, 3L);
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    private final FaceDecider decider = new FaceDecider(new Sightings(Duration.ofSeconds(10), 8), RULES);
    private final FaceDecider strict = new FaceDecider(new Sightings(Duration.ofSeconds(10), 8), STRICT);

    private static RecognizedFace face(boolean live, SubjectSimilarity match, SubjectSimilarity runnerUp,
            SubjectSimilarity outsider) {
        return scored(300, live, match, runnerUp, outsider);
    }

    /** A face {@code width} px wide that face-service scored live or doubtful. */
    private static RecognizedFace scored(int width, boolean live, SubjectSimilarity match, SubjectSimilarity runnerUp,
            SubjectSimilarity outsider) {
        return new RecognizedFace(new Box(0, 0, width, width), new Liveness(live ? 0.95 : 0.1, live), match, runnerUp,
                outsider);
    }

    /** A face too small for the liveness model: no score. */
    private static RecognizedFace small(int width, SubjectSimilarity match) {
        return new RecognizedFace(new Box(0, 0, width, width), null, match, null, null);
    }

    private static SubjectSimilarity s(long student, double similarity) {
        return new SubjectSimilarity("student-" + student, similarity);
    }

    private Decision decide(RecognizedFace face, Set<Long> marked, Instant at) {
        return decider.decide(9L, face, ROSTER, marked, T, at, CaptureMode.ATTENDED);
    }

    private Decision kiosk(RecognizedFace face, Instant at) {
        return decider.decide(9L, face, ROSTER, Set.of(), T, at, CaptureMode.UNATTENDED);
    }

    @Test
    void onADeviceAFaceThatFailsLivenessIsNeverMarkedEvenWhenRecognised() {
        Decision d = kiosk(face(false, s(1, 0.95), null, null), T0);
        assertThat(d.outcome()).isEqualTo(Outcome.SPOOF);
        assertThat(d.action()).isEqualTo(Decision.Action.REPORT);
        assertThat(kiosk(face(false, s(1, 0.95), null, null), T0.plusSeconds(1)).outcome()).isEqualTo(Outcome.SPOOF);
    }

    @Test
    void onADeviceAFaceTooSmallForTheLivenessCheckIsAskedToComeCloser() {
        Decision d = kiosk(small(60, s(1, 0.95)), T0);
        assertThat(d.outcome()).isEqualTo(Outcome.TOO_SMALL);
        assertThat(d.reason()).isEqualTo(ReviewReason.COME_CLOSER);
    }

    @Test
    void attendedARecognisedPossiblePhotoGoesToTheTeacherNeverSilentlyDropped() {
        Decision first = decide(face(false, s(1, 0.95), null, null), Set.of(), T0);
        assertThat(first.outcome()).isEqualTo(Outcome.CONFIRMING);
        Decision second = decide(face(false, s(1, 0.95), null, null), Set.of(), T0.plusSeconds(1));
        assertThat(second.action()).isEqualTo(Decision.Action.REVIEW);
        assertThat(second.reason()).isEqualTo(ReviewReason.POSSIBLE_PHOTO);
    }

    @Test
    void attendedADoubtOnAFaceTooSmallForTheModelToBeReliableIsNotUsed() {
        assertThat(decide(scored(120, false, s(1, 0.6), null, null), Set.of(), T0).outcome())
                .isEqualTo(Outcome.CONFIRMING);
        Decision d = decide(scored(120, false, s(1, 0.6), null, null), Set.of(), T0.plusSeconds(1));
        assertThat(d.action()).as("doubted at 120 px, marked on recognition").isEqualTo(Decision.Action.MARK);
        assertThat(d.reason()).isEqualTo(ReviewReason.NO_LIVENESS_CHECK);
        assertThat(decide(scored(120, true, s(2, 0.9), null, null), Set.of(), T0).action())
                .as("scored live at 120 px: a strong match marks at once").isEqualTo(Decision.Action.MARK);
        assertThat(strict.decide(9L, scored(120, false, s(3, 0.9), null, null), ROSTER, Set.of(), T, T0,
                CaptureMode.ATTENDED).outcome()).as("strict mode still refuses it").isEqualTo(Outcome.SPOOF);
        assertThat(kiosk(scored(120, false, s(3, 0.9), null, null), T0).outcome()).isEqualTo(Outcome.SPOOF);
    }

    @Test
    void attendedOneDoubtfulFrameAmongLiveOnesNeitherMarksNorDiscards() {
        assertThat(decide(face(false, s(1, 0.6), null, null), Set.of(), T0).outcome()).isEqualTo(Outcome.CONFIRMING);
        decide(face(true, s(1, 0.6), null, null), Set.of(), T0.plusSeconds(1));
        Decision third = decide(face(true, s(1, 0.6), null, null), Set.of(), T0.plusSeconds(2));
        assertThat(third.action()).isEqualTo(Decision.Action.MARK);
        assertThat(third.reason()).isNull();
    }

    @Test
    void attendedASmallFaceIsMarkedOnRecognitionOverFramesAndSaysSo() {
        assertThat(decide(small(60, s(1, 0.9)), Set.of(), T0).outcome()).isEqualTo(Outcome.CONFIRMING);
        Decision d = decide(small(60, s(1, 0.9)), Set.of(), T0.plusSeconds(1));
        assertThat(d.action()).isEqualTo(Decision.Action.MARK);
        assertThat(d.reason()).isEqualTo(ReviewReason.NO_LIVENESS_CHECK);
    }

    @Test
    void aSmallerFaceNeedsMoreFramesNotALowerBar() {
        decide(small(16, s(1, 0.9)), Set.of(), T0);
        decide(small(16, s(1, 0.9)), Set.of(), T0.plusSeconds(1));
        assertThat(decide(small(16, s(1, 0.9)), Set.of(), T0.plusSeconds(2)).outcome()).isEqualTo(Outcome.CONFIRMING);
        assertThat(decide(small(16, s(1, 0.9)), Set.of(), T0.plusSeconds(3)).action()).isEqualTo(Decision.Action.MARK);
        decide(small(24, s(2, 0.9)), Set.of(), T0);
        assertThat(decide(small(24, s(2, 0.9)), Set.of(), T0.plusSeconds(1)).outcome()).isEqualTo(Outcome.CONFIRMING);
        assertThat(decide(small(24, s(2, 0.9)), Set.of(), T0.plusSeconds(2)).action()).as("24 px: three frames")
                .isEqualTo(Decision.Action.MARK);
        decide(small(32, s(3, 0.9)), Set.of(), T0);
        assertThat(decide(small(32, s(3, 0.9)), Set.of(), T0.plusSeconds(1)).action()).as("32 px: two frames")
                .isEqualTo(Decision.Action.MARK);
        assertThat(decide(small(16, s(2, 0.3)), Set.of(), T0).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void theFramesThatSawAStudentDecideTogetherSoOneWeakerFrameDoesNotHoldThemBack() {
        decide(small(60, s(1, 0.52)), Set.of(), T0);
        Decision clear = decide(small(60, s(1, 0.44)), Set.of(), T0.plusSeconds(1));
        assertThat(clear.action()).as("mean 0.48, above match 0.40 + band 0.05").isEqualTo(Decision.Action.MARK);
        assertThat(clear.similarity()).isCloseTo(0.48, within(1e-9));
        decide(small(60, s(2, 0.46)), Set.of(), T0);
        Decision weak = decide(small(60, s(2, 0.42)), Set.of(), T0.plusSeconds(1));
        assertThat(weak.action()).as("mean 0.44, inside the review band").isEqualTo(Decision.Action.REVIEW);
        assertThat(weak.reason()).isEqualTo(ReviewReason.LOW_SIMILARITY);
    }

    @Test
    void strictAttendedModeRefusesPossiblePhotosAndQueuesSmallFaces() {
        assertThat(strict.decide(9L, face(false, s(1, 0.95), null, null), ROSTER, Set.of(), T, T0,
                CaptureMode.ATTENDED).outcome()).isEqualTo(Outcome.SPOOF);
        strict.decide(9L, small(60, s(2, 0.9)), ROSTER, Set.of(), T, T0, CaptureMode.ATTENDED);
        Decision d = strict.decide(9L, small(60, s(2, 0.9)), ROSTER, Set.of(), T, T0.plusSeconds(1),
                CaptureMode.ATTENDED);
        assertThat(d.action()).isEqualTo(Decision.Action.REVIEW);
        assertThat(d.reason()).isEqualTo(ReviewReason.NO_LIVENESS_CHECK);
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
    void storedSightingsKeepTheirBoundExpireAndReportWhatToWriteBack() {
        Sightings sightings = new Sightings(Duration.ofSeconds(10), 2);
        Instant now = T0.plusSeconds(20);
        sightings.load(1, 9, 1, new Sightings.Sighting(T0, 1, LivenessState.LIVE), now);
        sightings.load(2, 9, 1, new Sightings.Sighting(now.minusSeconds(2), 1, LivenessState.LIVE), now);
        sightings.load(3, 9, 2, new Sightings.Sighting(now.minusSeconds(1), 1, LivenessState.LIVE), now);
        assertThat(sightings.dropped()).as("past the window").containsExactly(1L);
        assertThat(sightings.observe(9, 1, new Sightings.Sighting(now, 1, LivenessState.DOUBTFUL)).weight())
                .isEqualTo(2);
        Sightings.Evidence e = sightings.observe(9, 1, new Sightings.Sighting(now, 0.5, LivenessState.UNSCORED));
        assertThat(e.weight()).as("at most two per student").isEqualTo(1.5);
        assertThat(e.doubtful()).isEqualTo(1);
        assertThat(e.unscored()).isEqualTo(1);
        sightings.forget(9, 2);
        assertThat(sightings.dropped()).containsExactly(1L, 2L, 3L);
        assertThat(sightings.added()).extracting(n -> n.sighting().weight()).containsExactly(1.0, 0.5);
        sightings.forget(9, 1);
        assertThat(sightings.added()).isEmpty();
    }
}
