package app.attendance.face.onnx;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The thread every inference runs on. The recogniser produces denormal floats, and on a thread
 * without flush-to-zero an embedding costs ~10× the CPU (measured: 55 ms instead of 5.6 ms).
 * ONNX Runtime sets flush-to-zero on its global pool threads and, once per process, on the thread
 * that creates the first session with {@code session.set_denormal_as_zero}. So the sessions are
 * created on this one thread, and every frame is analysed on it, its model runs spread over the
 * global intra-op pool; the web threads hand their frames over and wait. (Java arithmetic on this
 * thread also flushes denormals, which nothing here can notice.)
 */
public final class InferenceThreads implements AutoCloseable {

    private final ExecutorService executor;
    private volatile Thread thread;

    InferenceThreads() {
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "inference");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Runs the work on the inference thread and waits for it; exceptions come back unwrapped. */
    public <T> T call(Supplier<T> work) {
        if (Thread.currentThread() == thread) {
            return work.get();
        }
        try {
            return executor.submit(work::get).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for inference", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
