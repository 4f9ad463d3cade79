package app.attendance.face.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Everything under {@code face.*}. Defaults live in {@code application.yml}; the numbers behind
 * the thresholds are in face-service/README.md.
 *
 * @param apiToken    shared secret every {@code /v1/**} call must present as a bearer token
 * @param modelsDir   folder of the model bundle; model file names below resolve against it
 * @param models      the four model files and the recogniser's normalisation
 * @param thresholds  match, strong-match, liveness and detector score thresholds
 * @param quality     enrolment quality gates
 * @param limits      request and image limits
 * @param inferenceThreads threads that run the models, each with flush-to-zero; 0 = one per core
 * @param intraOpThreads size of the one global ONNX Runtime intra-op pool that splits a single
 *                       model run; 1 (no splitting) unless frames come one at a time on idle cores
 * @param tileScale   a frame shrunk by more than this to fit the detector's 320×240 input is also
 *                    looked at in overlapping half-size tiles (at 3, a 1280×720 frame is; faces from
 *                    about 24 px are found there)
 */
@Validated
@ConfigurationProperties("face")
public record FaceProperties(
        @NotBlank(message = "face.api-token (env FACE_API_TOKEN) must be set to the secret attendance-api sends; "
                + "the service refuses to start without it") String apiToken,
        @NotNull Path modelsDir,
        @Valid @NotNull Models models,
        @Valid @NotNull Thresholds thresholds,
        @Valid @NotNull Quality quality,
        @Valid @NotNull Limits limits,
        @Min(0) int inferenceThreads,
        @Min(1) int intraOpThreads,
        @DecimalMin("1") float tileScale) {

    /**
     * Model files (relative to {@code modelsDir} or absolute) and the recogniser's contract.
     *
     * @param recognizerId  id stored with every embedding; change it whenever the recogniser changes
     * @param recognizerMean subtracted from every 0–255 channel value
     * @param recognizerStd  divides the result
     */
    public record Models(
            @NotBlank String detector,
            @NotBlank String landmarks,
            @NotBlank String recognizer,
            @NotBlank String liveness,
            @NotBlank String recognizerId,
            float recognizerMean,
            @DecimalMin("0.001") float recognizerStd) {
    }

    /**
     * @param match     cosine similarity from which two faces are the same person
     * @param strong    similarity high enough to act on a single frame
     * @param liveness  live probability from which a face counts as live
     * @param detection detector score from which a box is a face
     * @param smallFaceDetection the same for faces narrower than 48 px (they score lower)
     * @param livenessMinFace smallest face box width, in pixels, the liveness model is run on; a
     *                  smaller face gets no liveness score (the model is not reliable there)
     */
    public record Thresholds(
            @DecimalMin("-1") @DecimalMax("1") float match,
            @DecimalMin("-1") @DecimalMax("1") float strong,
            @DecimalMin("0") @DecimalMax("1") float liveness,
            @DecimalMin("0") @DecimalMax("1") float detection,
            @DecimalMin("0") @DecimalMax("1") float smallFaceDetection,
            @Min(0) int livenessMinFace) {
    }

    /**
     * @param minFaceSize     smallest face box height, in pixels, accepted for enrolment
     * @param minSharpness    smallest variance of the Laplacian of the aligned crop
     * @param maxYaw          largest head turn, in degrees, accepted for enrolment
     * @param enrolRequiresLive      reject enrolment photos the liveness model calls spoofs
     * @param recognitionRequiresLive never match a face the liveness model calls a spoof
     */
    public record Quality(
            @Min(1) int minFaceSize,
            @DecimalMin("0") float minSharpness,
            @DecimalMin("0") @DecimalMax("90") float maxYaw,
            boolean enrolRequiresLive,
            boolean recognitionRequiresLive) {
    }

    /**
     * @param maxImageBytes largest accepted image file
     * @param maxPixels     largest accepted width × height, read from the header before decoding
     * @param maxInFlight   image requests processed at once; more get 503 with Retry-After
     */
    public record Limits(@NotNull DataSize maxImageBytes, @Min(1) long maxPixels, @Min(1) int maxInFlight) {
    }

    /** A model file resolved against {@link #modelsDir}. */
    public Path resolve(String file) {
        return modelsDir.resolve(file);
    }
}
