package app.attendance.face.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs ground-truth faces with detections one to one: a pair counts when the boxes overlap with
 * IoU ≥ 0.3 or the detection's centre lies inside the true box; the best overlaps are paired first.
 */
final class Assignment {

    static final double MIN_IOU = 0.3;

    private Assignment() {
    }

    /** For each true box, the index of its detection, or -1 when it was missed. */
    static int[] pair(List<Box> truths, List<Box> found) {
        record Pair(int truth, int det, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < truths.size(); i++) {
            for (int j = 0; j < found.size(); j++) {
                Box t = truths.get(i);
                Box d = found.get(j);
                double iou = t.iou(d);
                if (iou >= MIN_IOU || t.contains(d.cx(), d.cy())) {
                    pairs.add(new Pair(i, j, iou));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        int[] match = new int[truths.size()];
        Arrays.fill(match, -1);
        boolean[] used = new boolean[found.size()];
        for (Pair p : pairs) {
            if (match[p.truth()] < 0 && !used[p.det()]) {
                match[p.truth()] = p.det();
                used[p.det()] = true;
            }
        }
        return match;
    }
}
