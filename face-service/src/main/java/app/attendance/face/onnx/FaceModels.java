package app.attendance.face.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import app.attendance.face.config.FaceProperties;

/**
 * The four models of the pipeline, opened once at start-up on one ONNX Runtime environment
 * whose single global thread pool all sessions share. (Per-session pools made four sessions
 * fight over the cores and ran the pipeline 2–2.7× slower.)
 *
 * @param detector   [1,3,240,320] → scores [1,N,2], boxes [1,N,4]
 * @param landmarks  [1,1,64,64] → [1,136]
 * @param recognizer [1,3,112,112] → [1,512]
 * @param liveness   [1,3,128,128] → [1,3]
 */
public record FaceModels(OnnxModel detector, OnnxModel landmarks, OnnxModel recognizer, OnnxModel liveness)
        implements AutoCloseable {

    /** Size of the embeddings the recogniser must produce. */
    public static final int EMBEDDING_SIZE = 512;

    /** Opens and checks every model named by the properties; fails with a message naming the file. */
    public static FaceModels open(FaceProperties props) {
        OrtEnvironment env = environment(props.intraOpThreads());
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.disablePerSessionThreads();
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            FaceProperties.Models m = props.models();
            OnnxModel detector = OnnxModel.open("detector", props.resolve(m.detector()), env, options,
                    new long[] {1, 3, 240, 320}, new long[] {1, -1, 2}, new long[] {1, -1, 4});
            OnnxModel landmarks = OnnxModel.open("landmark", props.resolve(m.landmarks()), env, options,
                    new long[] {1, 1, 64, 64}, new long[] {1, 136});
            OnnxModel recognizer = OnnxModel.open("recognizer", props.resolve(m.recognizer()), env, options,
                    new long[] {1, 3, 112, 112}, new long[] {1, EMBEDDING_SIZE});
            OnnxModel liveness = OnnxModel.open("liveness", props.resolve(m.liveness()), env, options,
                    new long[] {1, 3, 128, 128}, new long[] {1, 3});
            return new FaceModels(detector, landmarks, recognizer, liveness);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime session options failed: " + e.getMessage(), e);
        }
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
        detector.close();
        landmarks.close();
        recognizer.close();
        liveness.close();
    }
}
