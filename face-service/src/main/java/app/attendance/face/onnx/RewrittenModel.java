package app.attendance.face.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a model with its PRelu rewritten for speed ({@link PreluRewrite}) when that gives the
 * same outputs: both versions run on two fixed pseudo-random inputs and must agree to a cosine of
 * at least {@value #MIN_COSINE}; otherwise, or when anything goes wrong on the way, the model is
 * used as it is, with a warning. The file on disk is never changed.
 */
final class RewrittenModel {

    private static final Logger log = LoggerFactory.getLogger(RewrittenModel.class);
    static final double MIN_COSINE = 0.99999;

    private RewrittenModel() {
    }

    static OnnxModel open(String role, Path file, OrtEnvironment env, OrtSession.SessionOptions options,
            long[] input, long[]... outputs) {
        OnnxModel original = OnnxModel.open(role, file, env, options, input, outputs);
        Optional<PreluRewrite.Result> rewritten;
        try {
            rewritten = PreluRewrite.rewrite(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            log.warn("The {} model {} is used as it is: its graph could not be rewritten ({})", role, file, e
                    .getMessage());
            return original;
        }
        if (rewritten.isEmpty()) {
            return original;
        }
        OnnxModel candidate;
        try {
            candidate = OnnxModel.open(role, file, rewritten.get().model(), env, options, input, outputs);
        } catch (RuntimeException e) {
            log.warn("The {} model {} is used as it is: the rewritten graph did not load ({})", role, file, e
                    .getMessage());
            return original;
        }
        double agreement = agreement(original, candidate, input);
        if (agreement < MIN_COSINE) {
            log.warn("The {} model {} is used as it is: the rewritten graph agreed only to a cosine of {}",
                    role, file, agreement);
            candidate.close();
            return original;
        }
        log.info(
                "The {} model {} runs with its {} PRelu rewritten for the NCHWc layout (outputs agree to a cosine of {})",
                role, file.getFileName(), rewritten.get().rewritten(), String.format(java.util.Locale.ROOT, "%.7f",
                        agreement));
        original.close();
        return candidate;
    }

    /** The lowest cosine between the two models' first outputs over two fixed inputs. */
    static double agreement(OnnxModel a, OnnxModel b, long[] shape) {
        int size = 1;
        for (long d : shape) {
            size *= (int) d;
        }
        SplittableRandom random = new SplittableRandom(20261124);
        double worst = 1;
        for (int round = 0; round < 2; round++) {
            float[] in = new float[size];
            for (int i = 0; i < size; i++) {
                in[i] = (float) random.nextDouble(-1, 1);
            }
            worst = Math.min(worst, cosine(a.run(in).values()[0], b.run(in).values()[0]));
        }
        return worst;
    }

    /** Cosine of two vectors; -1 when their lengths differ. */
    static double cosine(float[] x, float[] y) {
        if (x.length != y.length) {
            return -1;
        }
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += (double) x[i] * y[i];
            nx += (double) x[i] * x[i];
            ny += (double) y[i] * y[i];
        }
        return nx == 0 || ny == 0 ? (nx == ny ? 1 : 0) : dot / Math.sqrt(nx * ny);
    }
}
