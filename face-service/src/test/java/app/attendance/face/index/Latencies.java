package app.attendance.face.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/** Benchmark timing helpers: per-call latency percentiles and multi-threaded throughput. */
final class Latencies {

    private Latencies() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Wall-clock and on-CPU latencies of one series, sorted, in µs. */
    record Series(double[] wall, double[] cpu) {
    }

    /**
     * Runs {@code call} for queries 0..n-1 on this thread. CPU time is reported next to wall
     * time because the benchmark shares its two cores with other work.
     */
    static Series measure(int n, IntConsumer call) {
        double[] wall = new double[n];
        double[] cpu = new double[n];
        for (int i = 0; i < n; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.accept(i);
            wall[i] = (System.nanoTime() - start) / 1_000.0;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000.0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Series(wall, cpu);
    }

    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    static String summary(Series s) {
        return String.format("p50 %7.1f µs p99 %8.1f µs (cpu p50 %7.1f p99 %8.1f)", percentile(s.wall(), 0.5),
                percentile(s.wall(), 0.99), percentile(s.cpu(), 0.5), percentile(s.cpu(), 0.99));
    }

    /** Calls per second with {@code threads} threads hammering for {@code millis}. */
    static double throughput(int threads, long millis, int queries, IntConsumer call) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t * 7919;
            Thread.ofPlatform().start(() -> {
                long count = 0;
                while (running.get()) {
                    call.accept((int) ((offset + count) % queries));
                    count++;
                }
                done.addAndGet(count);
                finished.countDown();
            });
        }
        long start = System.nanoTime();
        Thread.sleep(millis);
        running.set(false);
        finished.await();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
