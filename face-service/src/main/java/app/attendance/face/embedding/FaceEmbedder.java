package app.attendance.face.embedding;

import app.attendance.face.onnx.OnnxModel;

/**
 * The recogniser: an aligned 112×112 face, RGB planes normalised {@code (v − mean) / std}, to an
 * L2-normalised embedding, so that the dot product of two embeddings is their cosine similarity.
 */
public final class FaceEmbedder {

    private final OnnxModel model;
    private final String modelId;
    private final float mean;
    private final float std;

    public FaceEmbedder(OnnxModel model, String modelId, float mean, float std) {
        this.model = model;
        this.modelId = modelId;
        this.mean = mean;
        this.std = std;
    }

    /** The id stored with every embedding this recogniser makes. */
    public String modelId() {
        return modelId;
    }

    /** Embeds an aligned face given as raw 0–255 planes (see {@code FaceAligner}); does not modify it. */
    public float[] embed(float[] alignedRgb) {
        float[] input = model.scratchInput();
        float scale = 1f / std;
        for (int i = 0; i < input.length; i++) {
            input[i] = (alignedRgb[i] - mean) * scale;
        }
        return normalise(model.run(input).values()[0]);
    }

    /** Cosine similarity of two L2-normalised embeddings. */
    public static float similarity(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float inv = sum > 0 ? (float) (1 / Math.sqrt(sum)) : 0f;
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
