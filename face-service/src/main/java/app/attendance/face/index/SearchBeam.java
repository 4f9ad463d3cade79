package app.attendance.face.index;

/**
 * The beam of one HNSW walk ({@code efSearch}: how many best centroids the walk keeps while it
 * explores the graph). A wider beam visits more of the graph: slower, but less likely to stop
 * short of the true best subject.
 *
 * <p>A fixed beam does not suit every gallery size: face embeddings are spread near-orthogonally
 * in 512 dimensions, so a walk has little gradient to follow until it is next to the answer,
 * and the beam a given recall needs grows with the graph (one node per subject of the model).
 * Beam needed for recall@1 0.99, measured (INDEX.md): about 30 at 20k subjects (100k faces),
 * 50 at 40k, 100 at 80k, 190 at 200k (1M faces); a fit gives {@code subjects^0.8}. The beam
 * therefore grows as
 *
 * <pre>width = max(k, floor, min(CEILING, ceil(subjects^0.8 / 64)))</pre>
 *
 * which is at least 1.3 times the measured need at every point: 131 at 80k subjects (measured
 * 0.990 at 100, 0.998 at 150), 273 at 200k (0.994 at 200, 1.000 at 400). It stays below the
 * default floor of 100 up to about 57,000 subjects (285k faces), so a school-sized gallery keeps
 * the beam measured exact there. A square root would fit 20k and 200k subjects as well, but
 * grows more slowly than the measured need (its margin falls from 2× at 40k subjects to 1.2× at
 * 200k), so it would miss beyond. A walk costs about linearly in the beam (1M faces: 0.81, 1.35,
 * 2.52 ms at 100, 200, 400), so the growth stops at {@link #CEILING}, reached at about 1M
 * subjects (5M faces, not measured); the floor can still raise the beam beyond it.
 *
 * @param floor the smallest beam ({@code face.index.num-candidates}); also the whole beam when
 *              {@code grows} is false
 * @param grows whether the beam grows with the graph; false only where a benchmark sweeps fixed
 *              beams
 */
record SearchBeam(int floor, boolean grows) {

    /** The largest beam the growth alone produces. */
    static final int CEILING = 1000;
    private static final double EXPONENT = 0.8;
    private static final double DIVISOR = 64;

    SearchBeam {
        if (floor < 1) {
            throw new IllegalArgumentException("beam floor must be at least 1: " + floor);
        }
    }

    /** The service's beam: at least {@code floor}, wider on larger graphs. */
    static SearchBeam adaptive(int floor) {
        return new SearchBeam(floor, true);
    }

    /** A beam of {@code width} whatever the graph's size (benchmarks). */
    static SearchBeam fixed(int width) {
        return new SearchBeam(width, false);
    }

    /**
     * The beam for a walk that returns {@code k} subjects from a graph of {@code subjects}
     * nodes (the searched model's subjects).
     */
    int width(long subjects, int k) {
        return Math.max(k, grows ? Math.max(floor, growth(subjects)) : floor);
    }

    /** {@code min(CEILING, ceil(subjects^0.8 / 64))}; 0 for an empty graph. */
    static int growth(long subjects) {
        if (subjects <= 0) {
            return 0;
        }
        return (int) Math.min(CEILING, Math.ceil(Math.pow(subjects, EXPONENT) / DIVISOR));
    }
}
