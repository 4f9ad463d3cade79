package app.attendance.face.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index benchmark behind {@code bench-index.sh}: for each size, builds a durable index of
 * synthetic faces, then compares the HNSW walk with an exact scan of the same index and with a
 * flat in-heap scan (the reference for recall), and measures roster-filtered searches.
 * Prints figures; asserts nothing.
 */
final class IndexBenchmark {

    private IndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench-index");
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 3;
        String[] sizes = args.length > 3 ? args[3].split(",") : new String[] {"10000", "100000"};
        System.out.printf("JVM %s, %d cores, max heap %d MB; %d queries per figure%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, queries);
        for (String size : sizes) {
            run(root.resolve(size), Integer.parseInt(size), queries, seconds);
        }
    }

    private static void run(Path dir, int targetFaces, int queries, long seconds) throws Exception {
        delete(dir);
        BenchGallery gallery = BenchGallery.build(dir, targetFaces);
        System.out.printf("%n== %,d faces, %,d subjects: build %.1f s (%,.0f faces/s), %d segments, disk %,d MB, heap used %,d MB%n",
                gallery.faces(), gallery.subjects(), gallery.buildSeconds(), gallery.faces() / gallery.buildSeconds(),
                gallery.segments(), gallery.diskBytes() >> 20, gallery.heapBytes() >> 20);
        float[][] probes = gallery.probes(queries);
        String[] truth = new String[queries];
        Latencies.Series flat = Latencies.measure(queries, q -> truth[q] = gallery.flatTop(probes[q]));
        System.out.printf("  flat scan in heap (reference)   %s%n", Latencies.summary(flat));
        // numCandidates is the graph's beam at query time (efSearch); Integer.MAX_VALUE = exact scan
        for (int[] setting : new int[][] {{10, 0}, {20, 0}, {40, 0}, {100, 0}, {200, 0}, {400, 0}, {100, Integer.MAX_VALUE}}) {
            String label = setting[1] == 0 ? "HNSW, numCandidates " + setting[0] : "exact scan, same index";
            long open = System.nanoTime();
            try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir).withSearch(setting[0], setting[1]))) {
                double openMs = (System.nanoTime() - open) / 1e6;
                Latencies.measure(queries, q -> index.search("m1", probes[q], 2, null)); // warm-up
                String[] found = new String[queries];
                Latencies.Series lat = Latencies.measure(queries,
                        q -> found[q] = index.search("m1", probes[q], 2, null).getFirst().subjectId());
                double qps = Latencies.throughput(2, seconds * 1000, queries, q -> index.search("m1", probes[q], 2, null));
                System.out.printf("  %-31s %s %,7.0f QPS (2 threads) recall@1 %.4f reopen %.0f ms%n",
                        label, Latencies.summary(lat), qps, agreement(found, truth), openMs);
            }
        }
        if (gallery.subjects() >= 10_000) {
            RosterBenchmark.run(dir, gallery, queries);
        }
    }

    static double agreement(String[] found, String[] truth) {
        int same = 0;
        for (int i = 0; i < truth.length; i++) {
            same += truth[i].equals(found[i]) ? 1 : 0;
        }
        return same / (double) truth.length;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
