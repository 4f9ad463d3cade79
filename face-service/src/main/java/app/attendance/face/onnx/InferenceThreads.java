package app.attendance.face.onnx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads every inference runs on, each with flush-to-zero set ({@link FlushToZero}: without
 * it the recogniser's denormals cost ~10× the CPU). The web threads hand over the pieces of a frame
 * — detection, then per face the embedding and the liveness check as separate tasks — and wait;
 * with one thread per core the pieces of one frame and of concurrent frames run side by side, each
 * model run single-threaded (small models gain little from splitting one run across cores, and the
 * threads would only take turns).
 *
 * <p>Where flush-to-zero cannot be set from Java (see {@link FlushToZero}), there is a single
 * thread, and the sessions are opened on it so that ONNX Runtime sets the modes there itself.
 */
public final class InferenceThreads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InferenceThreads.class);

    private final ExecutorService executor;
    private final int size;
    private final ThreadLocal<Boolean> mine = ThreadLocal.withInitial(() -> false);

    /** {@code requested} threads, or one per core when 0 or less. */
    InferenceThreads(int requested) {
        int wanted = requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
        boolean flushes = wanted > 1 && enabledOnAFreshThread();
        if (wanted > 1 && !flushes) {
            log.warn("Flush-to-zero cannot be set on this platform from Java; inference runs on one thread");
        }
        this.size = flushes ? wanted : 1;
        log.info("Inference on {} thread(s){}", size, flushes ? ", flush-to-zero set on each" : "");
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(size, task -> {
            Thread t = new Thread(() -> {
                mine.set(true);
                FlushToZero.enable();
                task.run();
            }, "inference-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** How many frames' pieces can run at once. */
    public int size() {
        return size;
    }

    /** True on one of these threads. */
    public boolean isInferenceThread() {
        return mine.get();
    }

    /** Runs the work on an inference thread and waits for it; exceptions come back unwrapped. */
    public <T> T call(Supplier<T> work) {
        if (isInferenceThread()) {
            return work.get();
        }
        return await(executor.submit(work::get));
    }

    /**
     * Runs the pieces in parallel on the inference threads and returns their results in order;
     * on an inference thread itself they run one after the other (never waiting on the pool from
     * inside it). The first failure is rethrown after every piece has finished.
     */
    public <T> List<T> all(List<Supplier<T>> pieces) {
        List<T> results = new ArrayList<>(pieces.size());
        if (isInferenceThread() || pieces.size() == 1) {
            for (Supplier<T> piece : pieces) {
                results.add(call(piece));
            }
            return results;
        }
        List<Future<T>> futures = new ArrayList<>(pieces.size());
        for (Supplier<T> piece : pieces) {
            futures.add(executor.submit(piece::get));
        }
        RuntimeException failure = null;
        for (Future<T> f : futures) {
            try {
                results.add(await(f));
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
                results.add(null);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
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
            future.cancel(false);
            throw new IllegalStateException("interrupted while waiting for inference", e);
        }
    }

    private static boolean enabledOnAFreshThread() {
        boolean[] on = new boolean[1];
        Thread probe = new Thread(() -> on[0] = FlushToZero.enable(), "flush-to-zero-probe");
        probe.start();
        try {
            probe.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return on[0];
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
