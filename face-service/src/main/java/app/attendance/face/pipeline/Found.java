package app.attendance.face.pipeline;

import app.attendance.face.detection.Detection;
import java.util.List;

/**
 * One face of a frame: either analysed ({@code face} set, {@code known} −1) or only detected
 * because its box is one the caller already knows ({@code known} = that box's index), or because
 * the caller asked for no analysis ({@code face} null, {@code known} −1 when no known box).
 */
public record Found(Detection detection, int known, AnalysedFace face) {

    /** Overlap from which a detection is the caller's known face. */
    static final float KNOWN_IOU = 0.5f;

    /** Index of the known box the detection overlaps most (at least {@link #KNOWN_IOU}), or −1. */
    static int knownIndex(Detection d, List<Detection> known) {
        int best = -1;
        float bestIou = KNOWN_IOU;
        for (int i = 0; i < known.size(); i++) {
            float iou = d.overlap(known.get(i));
            if (iou >= bestIou) {
                best = i;
                bestIou = iou;
            }
        }
        return best;
    }
}
