package app.attendance.face.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads every inference runs on. ONNX Runtime flushes denormal floats to zero only on its
 * pool threads and on the thread that creates a session with {@code session.set_denormal_as_zero};
 * the recogniser produces denormals, and on any other thread its share of the work costs ~10×
 * the CPU (measured: 55 ms instead of 5.6 ms per embedding). So each of these threads opens (and
 * closes) a small session once when it starts, which sets its flush-to-zero flags for good; the
 * web threads hand their frames over and wait. Java arithmetic on these threads also flushes
 * denormals, which nothing here can notice.
 */
public final class InferenceThreads implements AutoCloseable {

    private final ExecutorService executor;

    InferenceThreads(int threads, OrtEnvironment env, Path primer) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread t = new Thread(() -> {
                flushDenormalsOnThisThread(env, primer);
                task.run();
            }, "inference-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(threads, factory);
    }

    /** Runs the work on an inference thread and waits for it; exceptions come back unwrapped. */
    public <T> T call(Supplier<T> work) {
        try {
            return executor.submit(work::get).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for inference", e);
        }
    }

    private static void flushDenormalsOnThisThread(OrtEnvironment env, Path primer) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.disablePerSessionThreads();
            options.addConfigEntry("session.set_denormal_as_zero", "1");
            env.createSession(primer.toString(), options).close();
        } catch (OrtException e) {
            throw new IllegalStateException("could not prepare an inference thread: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
