package app.attendance.face.bench;

import java.util.Arrays;
import java.util.Locale;

/** Timing samples in nanoseconds and their summary in milliseconds. */
final class Stats {

    private final long[] samples;
    private int n;

    Stats(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        if (n < samples.length) {
            samples[n++] = nanos;
        }
    }

    void addAll(Stats other) {
        for (int i = 0; i < other.n; i++) {
            add(other.samples[i]);
        }
    }

    double p(double q) {
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        return s[(int) Math.min(n - 1, Math.floor(q * (n - 1)))] / 1e6;
    }

    double mean() {
        return Arrays.stream(samples, 0, n).average().orElse(0) / 1e6;
    }

    String line(String what) {
        return String.format(Locale.ROOT, "  %-46s mean %7.2f ms  p50 %7.2f  p95 %7.2f  (n=%d)", what, mean(), p(0.5),
                p(0.95), n);
    }
}
