package app.attendance.api.attendance.recognition;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rules of live recognition.
 *
 * @param matchThreshold similarity from which a face is a student; null = face-service's own
 * @param strongThreshold similarity from which one frame is enough; null = face-service's own
 * @param reviewBand matches below {@code match + reviewBand} are never marked by the camera
 *                   alone: when they persist they go to the teacher as pending matches
 * @param margin a match closer than this to the runner-up is ambiguous and goes to review
 * @param consensusWindow frames of the same student within this window agree
 * @param consensusFrames how many agreeing frames mark a student below the strong threshold (a
 *                        frame of a face under 28 px wide counts for less)
 * @param evidenceRetention how long the face crop of a camera mark is kept
 * @param evidenceCron when the retention job runs
 * @param evidenceSize longest side of a stored face crop, in pixels
 * @param lookAlikeThreshold an enrolment photo this similar to another student is a look-alike;
 *                           null = face-service's match threshold
 * @param attendedLiveness how a teacher's live session treats liveness (evidence or strict)
 * @param attendedLivenessMinFace in a teacher's session (not strict), a doubtful liveness verdict on
 *                                a face narrower than this (px) is not used: there the model doubts
 *                                most real faces (on real photos it calls 14–51 % of faces of
 *                                64–256 px live, every face from 256 px), so such a face is marked
 *                                on recognition alone, and the mark says no liveness check was made
 * @param recheckAfter a face already identified and marked is only located in later frames, and
 *                     recognised again after this long
 * @param trackTimeout a face not seen for this long is forgotten
 * @param maxFramesPerCaller frames of one caller (teacher or device) recognised at once; more are 429
 * @param maxFramePixels frames with more pixels are refused (413) before they are decoded
 * @param recognitionSide frames whose longer side is longer are scaled down to it before recognition
 *                        (1920 by default, never less: a 16:9 frame keeps 1920×1080, small faces need
 *                        the pixels); boxes are still answered in the frame's own pixels
 */
@Validated
@ConfigurationProperties("attendance.recognition")
public record RecognitionProperties(
        @DecimalMin("0") @DecimalMax("1") Double matchThreshold,
        @DecimalMin("0") @DecimalMax("1") Double strongThreshold,
        @DefaultValue("0.05") @DecimalMin("0") double reviewBand,
        @DefaultValue("0.05") @DecimalMin("0") double margin,
        @DefaultValue("10s") Duration consensusWindow,
        @DefaultValue("2") @Min(1) int consensusFrames,
        @DefaultValue("30d") Duration evidenceRetention,
        @DefaultValue("0 17 3 * * *") String evidenceCron,
        @DefaultValue("160") @Min(32) int evidenceSize,
        @DecimalMin("0") @DecimalMax("1") Double lookAlikeThreshold,
        @DefaultValue("EVIDENCE") AttendedLiveness attendedLiveness,
        @DefaultValue("256") @Min(0) int attendedLivenessMinFace,
        @DefaultValue("20s") Duration recheckAfter,
        @DefaultValue("5s") Duration trackTimeout,
        @DefaultValue("2") @Min(1) int maxFramesPerCaller,
        @DefaultValue("40000000") @Min(2073600) long maxFramePixels,
        @DefaultValue("1920") @Min(1920) int recognitionSide) {
}
