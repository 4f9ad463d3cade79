package app.attendance.face.support;

import app.attendance.face.embedding.FaceEmbedder;
import app.attendance.face.image.Frame;
import app.attendance.face.pipeline.AnalysedFace;
import app.attendance.face.pipeline.FacePipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures what the thresholds rest on, on the demo photos: same-person similarities (each face
 * in transformed copies of its photo vs the original) against different-person similarities
 * (every other demo face), liveness of the real demo faces, sharpness of blurred copies.
 * Prints figures; run by {@code ./bench.sh face study}.
 */
public final class ThresholdStudy {

    public static void main(String[] args) {
        FacePipeline p = TestModels.pipeline();
        List<DemoFaces.DemoFace> demo = DemoFaces.all(p);
        List<Float> same = new ArrayList<>();
        List<Float> different = new ArrayList<>();
        List<Float> liveOriginal = new ArrayList<>();
        List<Float> liveCopies = new ArrayList<>();
        List<Float> sharpOriginal = new ArrayList<>();
        int missed = 0;
        int copies = 0;
        for (DemoFaces.DemoFace d : demo) {
            liveOriginal.add(d.face().liveness());
            sharpOriginal.add(d.face().quality().sharpness());
        }
        for (int n = 1; n <= 6; n++) {
            Frame photo = TestModels.sample(n);
            for (Augment.Copy copy : Augment.standard(photo)) {
                List<AnalysedFace> found = p.analyse(copy.frame());
                copies++;
                int matched = 0;
                for (AnalysedFace f : found) {
                    DemoFaces.DemoFace origin = DemoFaces.origin(demo, n, copy, f.detection());
                    if (origin == null) {
                        continue;
                    }
                    matched++;
                    liveCopies.add(f.liveness());
                    for (DemoFaces.DemoFace other : demo) {
                        float s = FaceEmbedder.similarity(f.embedding(), other.face().embedding());
                        if (other == origin) {
                            same.add(s);
                        } else if (!origin.samePerson(other.subjectId())) {
                            different.add(s);
                        }
                    }
                }
                missed += DemoFaces.EXPECTED_FACES[n - 1] - matched;
            }
        }
        List<Float> blurred = new ArrayList<>();
        for (int radius : new int[] {2, 3, 4}) {
            for (int n = 1; n <= 6; n++) {
                for (AnalysedFace f : p.analyse(Augment.blur(TestModels.sample(n), radius).frame())) {
                    blurred.add(f.quality().sharpness());
                }
                System.out.printf(Locale.ROOT, "blur radius %d sample%d done%n", radius, n);
            }
        }
        System.out.printf(Locale.ROOT, "demo faces: %d, transformed copies: %d, faces missed in copies: %d%n",
                demo.size(), copies, missed);
        print("same person (copy vs original)", same);
        print("different people", different);
        print("liveness, original demo faces", liveOriginal);
        print("liveness, faces in copies", liveCopies);
        print("sharpness, original demo faces", sharpOriginal);
        print("sharpness, box-blurred ×3 (r=2..4)", blurred);
        for (float t : new float[] {0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f, 0.7f}) {
            System.out.printf(Locale.ROOT, "threshold %.2f: same-person rejected %.1f %%, different accepted %.3f %%%n",
                    t, 100.0 * below(same, t) / same.size(), 100.0 * (different.size() - below(different, t))
                            / different.size());
        }
        for (float t : new float[] {0.3f, 0.5f, 0.7f}) {
            System.out.printf(Locale.ROOT,
                    "liveness threshold %.1f: real demo faces called spoof %d of %d (copies %d of %d)%n",
                    t, below(liveOriginal, t), liveOriginal.size(), below(liveCopies, t), liveCopies.size());
        }
    }

    private static int below(List<Float> v, float t) {
        return (int) v.stream().filter(x -> x < t).count();
    }

    private static void print(String what, List<Float> v) {
        List<Float> s = new ArrayList<>(v);
        Collections.sort(s);
        System.out.printf(Locale.ROOT, "%-40s n=%5d min %.3f p1 %.3f p5 %.3f p50 %.3f p95 %.3f p99 %.3f max %.3f%n",
                what,
                s.size(), s.getFirst(), q(s, 0.01), q(s, 0.05), q(s, 0.5), q(s, 0.95), q(s, 0.99), s.getLast());
    }

    private static float q(List<Float> s, double p) {
        return s.get((int) Math.min(s.size() - 1, Math.floor(p * (s.size() - 1))));
    }
}
