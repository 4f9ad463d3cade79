package app.attendance.face.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One ONNX model with a single float input of a fixed shape and float outputs. Its shapes are
 * checked when it is opened, so a model that does not fit is refused at start-up, not at the
 * first request. Thread-safe: ONNX Runtime sessions may run concurrently.
 */
public final class OnnxModel implements AutoCloseable {

    private final String role;
    private final Path file;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final long[] inputShape;
    private final List<String> outputNames;
    /**
     * One direct input buffer per inference thread, reused: ONNX Runtime reads a direct buffer in
     * place, while a heap array would be copied into a fresh direct buffer on every run (zeroed,
     * freed by a cleaner, and counted against the direct-memory limit that triggers full GCs).
     */
    private final ThreadLocal<FloatBuffer> inputBuffer;
    /** One heap array of the input's size per thread, for {@link #scratchInput()}. */
    private final ThreadLocal<float[]> scratch;

    private OnnxModel(String role, Path file, OrtEnvironment env, OrtSession session, long[] inputShape) {
        this.role = role;
        this.file = file;
        this.env = env;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.inputShape = inputShape;
        this.outputNames = List.copyOf(session.getOutputNames());
        int size = (int) Arrays.stream(inputShape).reduce(1, (a, b) -> a * b);
        this.inputBuffer = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(size * Float.BYTES).order(ByteOrder
                .nativeOrder()).asFloatBuffer());
        this.scratch = ThreadLocal.withInitial(() -> new float[size]);
    }

    /**
     * Opens the model and checks that it takes exactly one float tensor of {@code input} and gives
     * float tensors of {@code outputs} (in any order); -1 in a declared shape matches any size.
     */
    static OnnxModel open(String role, Path file, OrtEnvironment env, OrtSession.SessionOptions options,
            long[] input, long[]... outputs) {
        return open(role, file, null, env, options, input, outputs);
    }

    /** As {@link #open(String, Path, OrtEnvironment, OrtSession.SessionOptions, long[], long[]...)}, from
     * {@code contents} (a rewritten copy of {@code file}) when not null. */
    static OnnxModel open(String role, Path file, byte[] contents, OrtEnvironment env,
            OrtSession.SessionOptions options,
            long[] input, long[]... outputs) {
        if (!Files.isRegularFile(file)) {
            throw new ModelMismatchException("The " + role + " model file " + file.toAbsolutePath()
                    + " does not exist. Run models/fetch.sh or set face.models-dir / face.models.*.");
        }
        OrtSession session = null;
        try {
            session = contents == null ? env.createSession(file.toString(), options) : env.createSession(contents,
                    options);
            String expected = "expected input " + Arrays.toString(input) + " and outputs "
                    + Arrays.deepToString(outputs) + " (float)";
            Map<String, NodeInfo> ins = session.getInputInfo();
            if (ins.size() != 1 || !fits(ins.values().iterator().next(), input)) {
                throw new ModelMismatchException("The " + role + " model " + file + " does not fit: " + expected
                        + ", found inputs " + describe(ins) + " and outputs " + describe(session.getOutputInfo()));
            }
            Map<String, NodeInfo> outs = session.getOutputInfo();
            for (long[] want : outputs) {
                if (outs.values().stream().noneMatch(o -> fits(o, want))) {
                    throw new ModelMismatchException("The " + role + " model " + file + " does not fit: " + expected
                            + ", found inputs " + describe(ins) + " and outputs " + describe(outs));
                }
            }
            return new OnnxModel(role, file, env, session, input);
        } catch (OrtException e) {
            close(session);
            throw new ModelMismatchException("The " + role + " model " + file + " could not be loaded: " + e
                    .getMessage(), e);
        } catch (RuntimeException e) {
            close(session);
            throw e;
        }
    }

    /**
     * An array of the input's size, this thread's own and the same on every call, to fill (every
     * element) and {@link #run}: the 30 faces of a classroom frame would otherwise allocate ~20 MB of
     * inputs per frame, and the collector's CPU time with them.
     */
    public float[] scratchInput() {
        return scratch.get();
    }

    /** Runs the model on one input laid out as the declared input shape; returns every output by its shape. */
    public Outputs run(float[] input) {
        FloatBuffer in = inputBuffer.get();
        in.clear();
        in.put(input).flip();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, in, inputShape);
                OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            float[][] values = new float[outputNames.size()][];
            long[][] shapes = new long[outputNames.size()][];
            for (int i = 0; i < values.length; i++) {
                OnnxTensor out = (OnnxTensor) result.get(i);
                FloatBuffer buffer = out.getFloatBuffer();
                values[i] = new float[buffer.remaining()];
                buffer.get(values[i]);
                shapes[i] = out.getInfo().getShape();
            }
            return new Outputs(values, shapes);
        } catch (OrtException e) {
            throw new IllegalStateException("The " + role + " model failed: " + e.getMessage(), e);
        }
    }

    /** The file the model was loaded from. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        close(session);
    }

    private static boolean fits(NodeInfo node, long[] want) {
        if (!(node.getInfo() instanceof TensorInfo info) || info.type != ai.onnxruntime.OnnxJavaType.FLOAT) {
            return false;
        }
        long[] shape = info.getShape();
        if (shape.length != want.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > 0 && want[i] > 0 && shape[i] != want[i]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Map<String, NodeInfo> nodes) {
        return nodes.values().stream().map(n -> n.getName() + " " + n.getInfo()).toList().toString();
    }

    private static void close(OrtSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException ignored) {
                // closing a half-opened session on the way out; the original error is what matters
            }
        }
    }

    /** The outputs of one run, flattened, with their shapes. */
    public record Outputs(float[][] values, long[][] shapes) {

        /** The first output whose last dimension is {@code size}. */
        public float[] byLastDim(long size) {
            for (int i = 0; i < shapes.length; i++) {
                if (shapes[i][shapes[i].length - 1] == size) {
                    return values[i];
                }
            }
            throw new IllegalStateException("no output with last dimension " + size);
        }
    }
}
