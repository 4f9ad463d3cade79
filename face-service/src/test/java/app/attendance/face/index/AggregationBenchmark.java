package app.attendance.face.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures how to score a subject with several enrolled faces: by its best face (max cosine)
 * or by the centroid of its faces. Exact arithmetic, no index: this is about decisions, not speed.
 * Prints rank-1 identification accuracy and, for an open set (strangers who look like enrolled
 * people), the hit rate at the threshold that lets 1% of strangers through.
 */
final class AggregationBenchmark {

    private AggregationBenchmark() {
    }

    public static void main(String[] args) {
        int identities = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        SyntheticFaces data = new SyntheticFaces(42, "m");
        List<float[][]> enrolled = new ArrayList<>();
        List<float[]> centroids = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < identities; i++) {
            if (i % 5 == 4) {
                continue; // strangers: same look-alike groups, never enrolled
            }
            float[][] faces = data.enrolment(i).stream().map(FaceVector::vector).toArray(float[][]::new);
            enrolled.add(faces);
            centroids.add(centroid(faces));
            ids.add(i);
        }
        Result best = new Result("best face");
        Result centroid = new Result("centroid");
        for (int i = 0; i < identities; i++) {
            float[] probe = data.probe(i, 1);
            boolean stranger = i % 5 == 4;
            int bestArg = -1;
            int centroidArg = -1;
            float bestTop = -2;
            float centroidTop = -2;
            for (int s = 0; s < enrolled.size(); s++) {
                float b = -2;
                for (float[] face : enrolled.get(s)) {
                    b = Math.max(b, ExactFaceIndex.dot(probe, face));
                }
                float c = ExactFaceIndex.dot(probe, centroids.get(s));
                if (b > bestTop) {
                    bestTop = b;
                    bestArg = ids.get(s);
                }
                if (c > centroidTop) {
                    centroidTop = c;
                    centroidArg = ids.get(s);
                }
            }
            best.add(stranger, bestArg == i, bestTop);
            centroid.add(stranger, centroidArg == i, centroidTop);
        }
        System.out.printf("aggregation: %d identities (%d enrolled, %d faces), probes: %d enrolled + %d strangers%n",
                identities, enrolled.size(), enrolled.stream().mapToInt(f -> f.length).sum(),
                best.genuine.size(), best.strangerTop.size());
        best.print();
        centroid.print();
    }

    private static float[] centroid(float[][] faces) {
        float[] c = new float[faces[0].length];
        for (float[] f : faces) {
            for (int i = 0; i < c.length; i++) {
                c[i] += f[i];
            }
        }
        return SyntheticFaces.normalise(c);
    }

    /** Scores of one aggregation rule. */
    private static final class Result {
        final String name;
        final List<Float> genuine = new ArrayList<>();
        final List<Boolean> correct = new ArrayList<>();
        final List<Float> strangerTop = new ArrayList<>();

        Result(String name) {
            this.name = name;
        }

        void add(boolean stranger, boolean right, float top) {
            if (stranger) {
                strangerTop.add(top);
            } else {
                genuine.add(top);
                correct.add(right);
            }
        }

        void print() {
            float[] strangers = new float[strangerTop.size()];
            for (int i = 0; i < strangers.length; i++) {
                strangers[i] = strangerTop.get(i);
            }
            Arrays.sort(strangers);
            float threshold = strangers[(int) Math.floor(strangers.length * 0.99)];
            long rank1 = correct.stream().filter(c -> c).count();
            long hits = 0;
            double mean = 0;
            for (int i = 0; i < genuine.size(); i++) {
                hits += correct.get(i) && genuine.get(i) > threshold ? 1 : 0;
                mean += genuine.get(i) / genuine.size();
            }
            System.out.printf(
                    "  %-9s rank-1 %.4f | mean top score %.3f | threshold @1%% strangers %.3f -> hit rate %.4f%n",
                    name, (double) rank1 / genuine.size(), mean, threshold, (double) hits / genuine.size());
        }
    }
}
