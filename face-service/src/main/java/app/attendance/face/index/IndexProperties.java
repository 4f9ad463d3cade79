package app.attendance.face.index;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the durable face index ({@code face.index.*}).
 *
 * @param dir               index folder; when unset, {@code face.index-dir} (env {@code FACE_INDEX_DIR})
 * @param maxConn           HNSW neighbours per node (M)
 * @param beamWidth         HNSW candidate list while building (efConstruction)
 * @param numCandidates     smallest beam of a graph search (efSearch: centroids the walk keeps); the beam
 *                          grows above it with the model's subjects ({@link SearchBeam}), so large
 *                          galleries need no change here
 * @param exactScanMaxSubjects a search over at most this many subjects (e.g. a class roster) compares
 *                          them all instead of walking the graph (measured crossover, see INDEX.md)
 * @param ramBufferMb       writer buffer before a segment is flushed
 * @param maxSegments       segments the index is merged down to in the background after writes
 *                          (each segment has its own graph, and a search walks them all)
 * @param commitInterval    a write is searchable at once (near-real-time reader) but committed to the
 *                          folder (fsync) in batches: at the latest this long after it
 * @param commitChanges     ... or as soon as this many writes are waiting for a commit; a replica
 *                          killed meanwhile replays the uncommitted ones from PostgreSQL at restart
 */
@Validated
@ConfigurationProperties("face.index")
record IndexProperties(
        Path dir,
        @DefaultValue("16") @Min(2) @Max(512) int maxConn,
        @DefaultValue("100") @Min(10) @Max(3200) int beamWidth,
        @DefaultValue("100") @Min(1) @Max(10_000) int numCandidates,
        @DefaultValue("5000") @Min(0) int exactScanMaxSubjects,
        @DefaultValue("64") @DecimalMin("4") double ramBufferMb,
        @DefaultValue("1") @Min(1) int maxSegments,
        @DefaultValue("5s") Duration commitInterval,
        @DefaultValue("1000") @Min(1) int commitChanges) {

    /** Default {@link #commitInterval()}. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);
    /** Default {@link #commitChanges()}. */
    static final int COMMIT_CHANGES = 1000;

    IndexProperties {
        if (commitInterval == null || !commitInterval.isPositive()) {
            throw new IllegalArgumentException("face.index.commit-interval must be positive");
        }
    }

    /** Defaults for code that builds an index without Spring (tests, benchmark). */
    static IndexProperties of(Path dir) {
        return new IndexProperties(dir, 16, 100, 100, 5000, 64, 1, COMMIT_INTERVAL, COMMIT_CHANGES);
    }

    IndexProperties withDir(Path newDir) {
        return new IndexProperties(newDir, maxConn, beamWidth, numCandidates, exactScanMaxSubjects,
                ramBufferMb, maxSegments, commitInterval, commitChanges);
    }

    IndexProperties withSearch(int candidates, int exactMax) {
        return new IndexProperties(dir, maxConn, beamWidth, candidates, exactMax, ramBufferMb, maxSegments,
                commitInterval, commitChanges);
    }

    IndexProperties withCommits(Duration interval, int changes) {
        return new IndexProperties(dir, maxConn, beamWidth, numCandidates, exactScanMaxSubjects, ramBufferMb,
                maxSegments, interval, changes);
    }
}
