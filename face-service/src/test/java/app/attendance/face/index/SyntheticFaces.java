package app.attendance.face.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic face embeddings shaped like a real recogniser's: identities come in
 * look-alike groups (centre cosine about 0.3 inside a group), each identity has two
 * appearances (e.g. with and without glasses), and every photo adds noise, so two photos of
 * one person score about 0.55–0.7 and strangers about 0 ± 0.05 (look-alikes about 0.2).
 * Identity {@code i} is subject {@code "s<i>"}; it has 3–7 enrolled faces.
 */
final class SyntheticFaces {

    static final int DIMENSION = 512;
    private static final int GROUP_SIZE = 20;
    private static final double GROUP_WEIGHT = 0.75;
    private static final double APPEARANCE_WEIGHT = 0.35;
    private static final double NOISE_PER_DIMENSION = 0.045;

    private final long seed;
    private final String modelId;

    SyntheticFaces(long seed, String modelId) {
        this.seed = seed;
        this.modelId = modelId;
    }

    static String subject(int identity) {
        return "s" + identity;
    }

    /** The enrolment photos of one identity (3–7 faces). */
    List<FaceVector> enrolment(int identity) {
        SplittableRandom random = new SplittableRandom(seed * 31 + identity * 7919L + 1);
        int count = 3 + random.nextInt(5);
        float[][] appearances = appearances(identity);
        List<FaceVector> faces = new ArrayList<>(count);
        for (int f = 0; f < count; f++) {
            faces.add(new FaceVector(subject(identity) + "-f" + f, subject(identity), modelId,
                    photo(appearances[f % 2], random), Instant.ofEpochSecond(1_700_000_000L + identity, f)));
        }
        return faces;
    }

    /** A new photo of an enrolled identity, as a camera would produce it. */
    float[] probe(int identity, long sample) {
        SplittableRandom random = new SplittableRandom(seed * 131 + identity * 104_729L + sample * 15_485_863L);
        return photo(appearances(identity)[random.nextInt(2)], random);
    }

    private float[][] appearances(int identity) {
        float[] group = gaussianUnit(new SplittableRandom(seed + 1_000_003L * (identity / GROUP_SIZE + 1)));
        SplittableRandom random = new SplittableRandom(seed - 7_368_787L * (identity + 1));
        float[] own = gaussianUnit(random);
        float[] centre = mix(group, GROUP_WEIGHT, own);
        return new float[][] {
                mix(gaussianUnit(random), APPEARANCE_WEIGHT, centre),
                mix(gaussianUnit(random), APPEARANCE_WEIGHT, centre)};
    }

    private static float[] photo(float[] appearance, SplittableRandom random) {
        double noise = NOISE_PER_DIMENSION * (0.6 + 0.8 * random.nextDouble());
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) (appearance[i] + noise * random.nextGaussian());
        }
        return normalise(v);
    }

    /** weight·a + sqrt(1 − weight²)·b, normalised. */
    private static float[] mix(float[] a, double weight, float[] b) {
        double rest = Math.sqrt(1 - weight * weight);
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) (weight * a[i] + rest * b[i]);
        }
        return normalise(v);
    }

    private static float[] gaussianUnit(SplittableRandom random) {
        float[] v = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return normalise(v);
    }

    static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        float inv = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
