package app.attendance.api.attendance.recognition;

import app.attendance.api.faceclient.FaceServiceClient;
import org.springframework.stereotype.Component;

/**
 * The match and strong thresholds in force: configured values, else face-service's own (from
 * {@code /v1/info}, cached by the client). Adjustable at run time for tuning without a restart.
 */
@Component
public class RecognitionThresholds {

    private final FaceServiceClient face;
    private volatile Double match;
    private volatile Double strong;

    RecognitionThresholds(FaceServiceClient face, RecognitionProperties rules) {
        this.face = face;
        this.match = rules.matchThreshold();
        this.strong = rules.strongThreshold();
    }

    FaceDecider.Thresholds current() {
        Double m = match;
        Double s = strong;
        if (m != null && s != null) {
            return new FaceDecider.Thresholds(m, s);
        }
        var fromService = face.info().thresholds();
        return new FaceDecider.Thresholds(m != null ? m : fromService.match(), s != null ? s : fromService.strong());
    }

    /** The configured match threshold to send with recognize, or null for face-service's own. */
    Double configuredMatch() {
        return match;
    }

    /** Replaces the thresholds; null restores face-service's own. */
    public void set(Double match, Double strong) {
        this.match = match;
        this.strong = strong;
    }
}
