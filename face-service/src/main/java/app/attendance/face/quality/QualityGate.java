package app.attendance.face.quality;

import app.attendance.face.config.FaceProperties;
import java.util.ArrayList;
import java.util.List;

/** Applies the enrolment gates of {@code face.quality.*} to one face's measures. */
public final class QualityGate {

    private final FaceProperties.Quality limits;

    public QualityGate(FaceProperties.Quality limits) {
        this.limits = limits;
    }

    /** Judges a face; {@code live} is the liveness verdict under the configured threshold. */
    public Quality judge(int faceSize, float sharpness, float yaw, boolean live) {
        List<Reason> reasons = new ArrayList<>(4);
        if (faceSize < limits.minFaceSize()) {
            reasons.add(Reason.TOO_SMALL);
        }
        if (Math.abs(yaw) > limits.maxYaw()) {
            reasons.add(Reason.TURNED);
        }
        if (sharpness < limits.minSharpness()) {
            reasons.add(Reason.BLURRED);
        }
        if (limits.enrolRequiresLive() && !live) {
            reasons.add(Reason.NOT_LIVE);
        }
        return new Quality(faceSize, round(sharpness), round(yaw), reasons.isEmpty(), List.copyOf(reasons));
    }

    private static float round(float v) {
        return Math.round(v * 10) / 10f;
    }
}
