package app.attendance.face.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A benchmark gallery: a durable index built from synthetic enrolments (about five faces per
 * subject, committed in batches of 20,000 faces; build time includes the background merge to
 * one segment, not the generation of the synthetic data), plus the subjects' centroids in a flat heap
 * array as the exact reference (the same rule as {@link ExactFaceIndex}) and every face vector
 * in the heap for the brute-force baseline ({@link FlatFaceScan}).
 */
final class BenchGallery {

    private static final int BATCH = 20_000;

    private final SyntheticFaces data;
    private final float[][] centroids;
    private final FlatFaceScan faceScan;
    private final long faces;
    private final double buildSeconds;
    private final int segments;
    private final long diskBytes;
    private final long heapBytes;

    private BenchGallery(SyntheticFaces data, float[][] centroids, FlatFaceScan faceScan, long faces,
            double buildSeconds, int segments, long diskBytes, long heapBytes) {
        this.data = data;
        this.centroids = centroids;
        this.faceScan = faceScan;
        this.faces = faces;
        this.buildSeconds = buildSeconds;
        this.segments = segments;
        this.diskBytes = diskBytes;
        this.heapBytes = heapBytes;
    }

    static BenchGallery build(Path dir, int targetFaces) throws Exception {
        SyntheticFaces data = new SyntheticFaces(42, "m1");
        List<float[]> centroids = new ArrayList<>();
        List<List<float[]>> faceVectors = new ArrayList<>();
        long faces = 0;
        long generatingNanos = 0;
        long start = System.nanoTime();
        IndexProperties properties = new IndexProperties(dir, 16, 100, 100, 2000, 256, 1,
                IndexProperties.COMMIT_INTERVAL, IndexProperties.COMMIT_CHANGES);
        try (LuceneFaceIndex index = LuceneFaceIndex.open(properties)) {
            List<FaceVector> batch = new ArrayList<>();
            for (int identity = 0; faces < targetFaces; identity++) {
                long generating = System.nanoTime();
                List<FaceVector> enrolment = data.enrolment(identity);
                batch.addAll(enrolment);
                List<float[]> vectors = enrolment.stream().map(FaceVector::vector).toList();
                centroids.add(Centroids.of(vectors));
                faceVectors.add(vectors);
                faces += enrolment.size();
                generatingNanos += System.nanoTime() - generating;
                if (batch.size() >= BATCH || faces >= targetFaces) {
                    index.add(batch);
                    batch = new ArrayList<>();
                    if (faces % 100_000 < BATCH) {
                        System.out.printf("  ... %,d faces indexed after %.0f s%n", faces,
                                (System.nanoTime() - start - generatingNanos) / 1e9);
                    }
                }
            }
        } // close waits for the background merge down to one segment
        double seconds = (System.nanoTime() - start - generatingNanos) / 1e9;
        try (LuceneFaceIndex index = LuceneFaceIndex.open(properties)) {
            System.gc();
            long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            return new BenchGallery(data, centroids.toArray(float[][]::new), new FlatFaceScan(faceVectors), faces,
                    seconds,
                    index.segmentCount(), index.stats().diskBytes(), heap);
        }
    }

    /** New photos of enrolled subjects, one per query. */
    float[][] probes(int count) {
        SplittableRandom random = new SplittableRandom(99);
        float[][] probes = new float[count][];
        for (int q = 0; q < count; q++) {
            probes[q] = data.probe(random.nextInt(centroids.length), 1000 + q);
        }
        return probes;
    }

    /** The subject each of {@link #probes(int)} photographs (the right answer). */
    String[] probeSubjects(int count) {
        SplittableRandom random = new SplittableRandom(99);
        String[] subjects = new String[count];
        for (int q = 0; q < count; q++) {
            subjects[q] = SyntheticFaces.subject(random.nextInt(centroids.length));
        }
        return subjects;
    }

    /** The exact best subject by brute force over the flat centroids. */
    String flatTop(float[] probe) {
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int s = 0; s < centroids.length; s++) {
            float score = Centroids.dot(probe, centroids[s]);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return SyntheticFaces.subject(best);
    }

    /**
     * Writes what the index searches (the subjects' centroids), the probes and the reference answers
     * for a peer index in another process (the Faiss comparison of {@code ./bench.sh face-index}):
     * {@code centroids.f32} and {@code probes.f32} as little-endian float32 rows, {@code truth.txt}
     * with the reference's centroid row per probe, {@code params.txt} with the graph's M and
     * efConstruction.
     */
    void export(Path dir, float[][] probes, String[] truth, IndexProperties graph) throws IOException {
        Files.createDirectories(dir);
        writeRows(dir.resolve("centroids.f32"), centroids);
        writeRows(dir.resolve("probes.f32"), probes);
        Map<String, Integer> rows = new HashMap<>();
        for (int s = 0; s < centroids.length; s++) {
            rows.put(SyntheticFaces.subject(s), s);
        }
        StringBuilder lines = new StringBuilder();
        for (String subject : truth) {
            lines.append(rows.get(subject)).append('\n');
        }
        Files.writeString(dir.resolve("truth.txt"), lines);
        Files.writeString(dir.resolve("params.txt"), "dim=" + centroids[0].length + "\nm=" + graph.maxConn()
                + "\nef_construction=" + graph.beamWidth() + "\n");
    }

    private static void writeRows(Path file, float[][] rows) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(rows.length * rows[0].length * Float.BYTES).order(
                ByteOrder.LITTLE_ENDIAN);
        for (float[] row : rows) {
            for (float v : row) {
                buffer.putFloat(v);
            }
        }
        Files.write(file, buffer.array());
    }

    /** The brute-force scan over every enrolled face vector. */
    FlatFaceScan faceScan() {
        return faceScan;
    }

    int subjects() {
        return centroids.length;
    }

    long faces() {
        return faces;
    }

    double buildSeconds() {
        return buildSeconds;
    }

    int segments() {
        return segments;
    }

    long diskBytes() {
        return diskBytes;
    }

    long heapBytes() {
        return heapBytes;
    }
}
