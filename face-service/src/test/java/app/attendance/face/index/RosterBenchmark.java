package app.attendance.face.index;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Roster-filtered search (a class of 20–60 among many thousands): exact scan of the roster
 * versus the filtered HNSW walk, across roster sizes, to find where the graph starts to win.
 */
final class RosterBenchmark {

    private static final int[] SIZES = {10, 40, 100, 300, 1000, 3000};

    private RosterBenchmark() {
    }

    static void run(Path dir, BenchGallery gallery, int queries) throws Exception {
        float[][] probes = gallery.probes(queries);
        System.out.println("  roster-filtered (probe's subject always on the roster; recall = graph vs exact):");
        for (int size : SIZES) {
            if (size > gallery.subjects() / 2) {
                break;
            }
            int n = size >= 3000 ? Math.min(queries, 200) : queries;
            Set<String>[] rosters = rosters(gallery, probes, size, n);
            String[] exact = new String[n];
            String[] graph = new String[n];
            Latencies.Series exactLat;
            Latencies.Series graphLat;
            try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir).withSearch(100,
                    Integer.MAX_VALUE))) {
                Latencies.measure(Math.min(n, 100), q -> index.search("m1", probes[q], 2, rosters[q]));
                exactLat = Latencies.measure(n, q -> exact[q] = index.search("m1", probes[q], 2, rosters[q]).getFirst()
                        .subjectId());
            }
            try (LuceneFaceIndex index = LuceneFaceIndex.open(IndexProperties.of(dir).withSearch(100, 0))) {
                Latencies.measure(Math.min(n, 100), q -> index.search("m1", probes[q], 2, rosters[q]));
                graphLat = Latencies.measure(n, q -> graph[q] = index.search("m1", probes[q], 2, rosters[q]).getFirst()
                        .subjectId());
            }
            System.out.printf("    %,6d of %,d subjects: exact %s | graph %s  recall@1 %.4f%n", size, gallery
                    .subjects(),
                    Latencies.summary(exactLat), Latencies.summary(graphLat), IndexBenchmark.agreement(graph, exact));
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] rosters(BenchGallery gallery, float[][] probes, int size, int n) {
        SplittableRandom random = new SplittableRandom(size);
        Set<String>[] rosters = new Set[n];
        SplittableRandom probeIds = new SplittableRandom(99); // same sequence as BenchGallery.probes
        for (int q = 0; q < n; q++) {
            Set<String> roster = new HashSet<>();
            roster.add(SyntheticFaces.subject(probeIds.nextInt(gallery.subjects())));
            while (roster.size() < size) {
                roster.add(SyntheticFaces.subject(random.nextInt(gallery.subjects())));
            }
            rosters[q] = roster;
        }
        return rosters;
    }
}
