package app.attendance.face.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index benchmark behind {@code ./bench.sh face-index}: for each size, builds a durable index of
 * synthetic faces, then compares the HNSW walk (the service's default adaptive beam, and a sweep
 * of fixed beams) with exact scans measured in the same run: the brute-force scan of every
 * enrolled face vector (what a system without a vector index does), an exact scan of the
 * index's centroids, and a flat in-heap scan of the centroids (the reference for recall); then
 * measures roster-filtered searches. Prints figures; asserts nothing. The fixed beams swept are
 * {@code -Dbench.beams} (default {@code 10,20,40,100,200,400}).
 */
final class IndexBenchmark {

    private static final int K = 2;
    private static final long FACE_SCAN_DOT_PRODUCTS = 200_000_000L;

    private IndexBenchmark() {
    }

    /** One measured search method: its latencies, throughput, top subject per query and a remark. */
    private record Row(String label, Latencies.Series latency, double qps, String[] top, String note) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench-index");
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 3;
        String[] sizes = args.length > 3 ? args[3].split(",") : new String[] {"10000", "100000"};
        System.out.printf("JVM %s, %d cores, max heap %d MB; %d queries per figure, top %d subjects per search%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                queries, K);
        System.out.println("recall@1 = same top subject as the flat centroid scan (exact, the index's own rule); "
                + "the face scan ranks subjects by their best face, another rule");
        for (String size : sizes) {
            run(root.resolve(size), Integer.parseInt(size), queries, seconds);
        }
    }

    private static void run(Path dir, int targetFaces, int queries, long seconds) throws Exception {
        delete(dir);
        BenchGallery gallery = BenchGallery.build(dir, targetFaces);
        System.out.printf(
                "%n== %,d faces, %,d subjects: build %.1f s (%,.0f faces/s), %d segments, disk %,d MB, heap used %,d MB%n",
                gallery.faces(), gallery.subjects(), gallery.buildSeconds(), gallery.faces() / gallery.buildSeconds(),
                gallery.segments(), gallery.diskBytes() >> 20, gallery.heapBytes() >> 20);
        float[][] probes = gallery.probes(queries);
        String[] truth = new String[queries];
        Latencies.Series flatLatency = Latencies.measure(queries, q -> truth[q] = gallery.flatTop(probes[q]));
        Row flat = new Row("flat scan of centroids in heap (reference)", flatLatency,
                Latencies.throughput(2, seconds * 1000, queries, q -> gallery.flatTop(probes[q])), truth, "");
        print(flat, truth);
        Row faces = faceScan(gallery, probes, seconds);
        print(faces, truth);
        IndexProperties defaults = IndexProperties.of(dir);
        IndexProperties graph = defaults.withSearch(defaults.numCandidates(), 0); // no exact-scan shortcut
        for (String width : System.getProperty("bench.beams", "10,20,40,100,200,400").split(",")) {
            print(indexRow("HNSW, fixed beam " + width, graph, SearchBeam.fixed(Integer.parseInt(width.strip())),
                    probes,
                    seconds), truth);
        }
        SearchBeam service = SearchBeam.adaptive(graph.numCandidates());
        Row hnsw = indexRow("HNSW, default (adaptive beam " + service.width(gallery.subjects(), K) + ")", graph,
                service,
                probes, seconds);
        print(hnsw, truth);
        Row exact = indexRow("exact scan of the index's centroids", graph.withSearch(graph.numCandidates(),
                Integer.MAX_VALUE),
                service, probes, seconds);
        print(exact, truth);
        System.out.printf("  default HNSW speed-up (p50 wall, cpu): %s vs the brute-force face scan; %s vs the exact "
                + "centroid scan of the index; %s vs the flat centroid scan. recall@1 vs reference %.4f%n",
                speedUp(hnsw, faces), speedUp(hnsw, exact), speedUp(hnsw, flat), agreement(hnsw.top(), truth));
        String[] people = gallery.probeSubjects(queries);
        System.out.printf(
                "  right person at rank 1: default HNSW %.4f, brute-force face scan %.4f, flat centroid scan %.4f%n",
                agreement(hnsw.top(), people), agreement(faces.top(), Arrays.copyOf(people, faces.top().length)),
                agreement(truth, people));
        String export = System.getProperty("bench.export");
        if (export != null) {
            gallery.export(Path.of(export).resolve(String.valueOf(targetFaces)), probes, truth, graph);
            System.out.printf("  lucene-default %d %.1f %.4f%n", targetFaces, Latencies.percentile(hnsw.latency()
                    .wall(), 0.5), agreement(hnsw.top(), truth));
        }
        if (gallery.subjects() >= 10_000) {
            RosterBenchmark.run(dir, gallery, queries);
        }
    }

    /** The brute-force face scan, on fewer queries for large galleries (each costs a pass over every face). */
    private static Row faceScan(BenchGallery gallery, float[][] probes, long seconds) throws InterruptedException {
        FlatFaceScan scan = gallery.faceScan();
        int n = (int) Math.min(probes.length, Math.max(100, FACE_SCAN_DOT_PRODUCTS / scan.faces()));
        Latencies.measure(Math.min(n, 20), q -> scan.top(probes[q])); // warm-up
        String[] found = new String[n];
        Latencies.Series latency = Latencies.measure(n, q -> found[q] = scan.top(probes[q]));
        double qps = Latencies.throughput(2, seconds * 1000, n, q -> scan.top(probes[q]));
        return new Row(String.format("brute-force scan of all %,d faces in heap", scan.faces()), latency, qps, found,
                n < probes.length ? " (" + n + " queries)" : "");
    }

    private static Row indexRow(String label, IndexProperties properties, SearchBeam beam, float[][] probes,
            long seconds) throws Exception {
        int queries = probes.length;
        long open = System.nanoTime();
        try (LuceneFaceIndex index = LuceneFaceIndex.open(properties, beam)) {
            double openMs = (System.nanoTime() - open) / 1e6;
            Latencies.measure(queries, q -> index.search("m1", probes[q], K, null)); // warm-up
            String[] found = new String[queries];
            Latencies.Series latency = Latencies.measure(queries,
                    q -> found[q] = index.search("m1", probes[q], K, null).getFirst().subjectId());
            double qps = Latencies.throughput(2, seconds * 1000, queries, q -> index.search("m1", probes[q], K, null));
            return new Row(label, latency, qps, found, String.format(" reopen %.0f ms", openMs));
        }
    }

    private static void print(Row row, String[] truth) {
        System.out.printf("  %-47s %s %,8.0f QPS (2 threads) recall@1 %.4f%s%n", row.label(), Latencies.summary(row
                .latency()),
                row.qps(), agreement(row.top(), Arrays.copyOf(truth, row.top().length)), row.note());
    }

    /** How many times faster {@code fast} is at the median, wall clock and CPU time. */
    private static String speedUp(Row fast, Row slow) {
        return String.format("%.1f×, %.1f×",
                Latencies.percentile(slow.latency().wall(), 0.5) / Latencies.percentile(fast.latency().wall(), 0.5),
                Latencies.percentile(slow.latency().cpu(), 0.5) / Latencies.percentile(fast.latency().cpu(), 0.5));
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
