package app.attendance.face.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import app.attendance.face.config.FaceProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * The four models of the pipeline, opened once at start-up on one ONNX Runtime environment
 * whose single global thread pool all sessions share. (Per-session pools made four sessions
 * fight over the cores and ran the pipeline 2–2.7× slower.)
 *
 * @param detector   [1,3,240,320] → scores [1,N,2], boxes [1,N,4]
 * @param landmarks  [1,1,64,64] → [1,136]
 * @param recognizer [1,3,112,112] → [1,512]
 * @param liveness   [1,3,128,128] → [1,3]
 * @param threads    the threads inference runs on (see {@link InferenceThreads})
 */
public record FaceModels(OnnxModel detector, OnnxModel landmarks, OnnxModel recognizer, OnnxModel liveness,
        InferenceThreads threads) implements AutoCloseable {

    /** Size of the embeddings the recogniser must produce. */
    public static final int EMBEDDING_SIZE = 512;

    /** Opens and checks every model named by the properties; fails with a message naming the file. */
    public static FaceModels open(FaceProperties props) {
        InferenceThreads threads = new InferenceThreads(props.inferenceThreads());
        try {
            return threads.call(() -> open(props, threads));
        } catch (RuntimeException e) {
            threads.close();
            throw e;
        }
    }

    private static FaceModels open(FaceProperties props, InferenceThreads threads) {
        OrtEnvironment env = environment(props.intraOpThreads());
        List<OnnxModel> opened = new ArrayList<>(4);
        // Measured per model on 2 cores, one thread: the layout optimisations of ALL_OPT make the
        // detector 2.7×, the landmarks 3.5× and the recogniser 1.6× faster, the liveness model
        // ~15 % slower (4.3 vs 5.0 ms), so it keeps EXTENDED_OPT. The recogniser's PRelu are
        // rewritten so that its whole graph stays in the NCHWc layout (4.5 → 3.6 ms); see PreluRewrite.
        try (OrtSession.SessionOptions options = options(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtSession.SessionOptions liveness = options(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT)) {
            FaceProperties.Models m = props.models();
            opened.add(OnnxModel.open("detector", props.resolve(m.detector()), env, options,
                    new long[] {1, 3, 240, 320}, new long[] {1, -1, 2}, new long[] {1, -1, 4}));
            opened.add(OnnxModel.open("landmark", props.resolve(m.landmarks()), env, options,
                    new long[] {1, 1, 64, 64}, new long[] {1, 136}));
            opened.add(RewrittenModel.open("recognizer", props.resolve(m.recognizer()), env, options,
                    new long[] {1, 3, 112, 112}, new long[] {1, EMBEDDING_SIZE}));
            opened.add(OnnxModel.open("liveness", props.resolve(m.liveness()), env, liveness,
                    new long[] {1, 3, 128, 128}, new long[] {1, 3}));
            return new FaceModels(opened.get(0), opened.get(1), opened.get(2), opened.get(3), threads);
        } catch (OrtException e) {
            opened.forEach(OnnxModel::close);
            throw new IllegalStateException("ONNX Runtime session options failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            opened.forEach(OnnxModel::close);
            throw e;
        }
    }

    private static OrtSession.SessionOptions options(OrtSession.SessionOptions.OptLevel level) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.disablePerSessionThreads();
        options.setOptimizationLevel(level);
        // Sets flush-to-zero on the thread that opens the process's first session (the only way
        // where FlushToZero is not available); see InferenceThreads.
        options.addConfigEntry("session.set_denormal_as_zero", "1");
        return options;
    }

    private static synchronized OrtEnvironment environment(int threads) {
        try (OrtEnvironment.ThreadingOptions threading = new OrtEnvironment.ThreadingOptions()) {
            threading.setGlobalIntraOpNumThreads(threads);
            threading.setGlobalInterOpNumThreads(1);
            threading.setGlobalSpinControl(false);
            threading.setGlobalDenormalAsZero();
            // The environment is a process-wide singleton: the first caller's threading wins.
            return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING, "face-service", threading);
        } catch (IllegalStateException alreadyCreated) {
            // A second application context in the same JVM (tests) reuses the global pool.
            return OrtEnvironment.getEnvironment();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        threads.close();
        detector.close();
        landmarks.close();
        recognizer.close();
        liveness.close();
    }
}
