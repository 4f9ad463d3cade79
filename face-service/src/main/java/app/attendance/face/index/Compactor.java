package app.attendance.face.index;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index at few segments. Every segment carries its own HNSW graph and a search walks
 * them all: on 20,000 subjects one segment answered in about 95 µs where five took about 600 µs.
 * After a write leaves more than {@code maxSegments}, one background task merges down (Lucene
 * grows the largest graph instead of rebuilding it) and refreshes searchers (the next batch
 * commit makes the merge durable); requests arriving meanwhile coalesce into it. Writes never
 * wait for it.
 */
final class Compactor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Compactor.class);

    private final IndexWriter writer;
    private final int maxSegments;
    private final IntSupplier segments;
    private final Refresh refresh;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("face-index-compactor").daemon(true).factory());

    /** Refreshes searchers, as writes do. */
    @FunctionalInterface
    interface Refresh {
        void refresh() throws IOException;
    }

    Compactor(IndexWriter writer, int maxSegments, IntSupplier segments, Refresh refresh) {
        this.writer = writer;
        this.maxSegments = maxSegments;
        this.segments = segments;
        this.refresh = refresh;
    }

    /** Schedules a merge when the searchable index has too many segments. */
    void afterWrite() {
        if (segments.getAsInt() > maxSegments && pending.compareAndSet(false, true)) {
            executor.execute(this::compact);
        }
    }

    private void compact() {
        pending.set(false);
        try {
            writer.forceMerge(maxSegments);
            refresh.refresh();
        } catch (IOException | RuntimeException e) {
            log.warn("face index compaction failed; the index stays as it is", e);
        }
    }

    /** Lets a running merge finish (the writer would wait for it anyway). */
    @Override
    public void close() throws IOException {
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
