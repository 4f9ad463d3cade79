package app.attendance.face.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits the index folder in batches. Writes are searchable without a commit (near-real-time
 * readers); a commit (fsync) only bounds what a restart must replay. One runs on a thread of its
 * own at the latest {@code interval} after a change, or as soon as {@code changes} writes wait.
 * Each commit carries the marker last {@link #mark marked}: which PostgreSQL changes the folder
 * holds. The marker is set on the writer just before the commit, under the same lock, so a commit
 * never claims a change whose write came after the marker (it may hold later writes too, which a
 * replay applies again, harmlessly).
 */
final class BatchCommits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchCommits.class);

    private final IndexWriter writer;
    private final int changes;
    private final Object lock = new Object();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("face-index-commits").daemon(true).factory());
    /** The marker of the next commit, guarded by {@link #lock}; null until one is marked. */
    private Map<String, String> marker;
    private boolean marked;

    BatchCommits(IndexWriter writer, Duration interval, int changes) {
        this.writer = writer;
        this.changes = changes;
        long every = interval.toNanos();
        executor.scheduleWithFixedDelay(this::commitQuietly, every, every, TimeUnit.NANOSECONDS);
    }

    /** A write is in the writer (and searchable): commits at once when enough are waiting. */
    void changed() {
        if (waiting.incrementAndGet() >= changes && scheduled.compareAndSet(false, true)) {
            executor.execute(() -> {
                scheduled.set(false);
                commitQuietly();
            });
        }
    }

    /** The marker the next commit records; every write it speaks of must already be in the writer. */
    void mark(Map<String, String> next) {
        synchronized (lock) {
            marker = Map.copyOf(next);
            marked = true;
        }
    }

    /** The marker of the last commit or the one marked since (empty: none). */
    Map<String, String> marker() {
        synchronized (lock) {
            if (marker != null) {
                return marker;
            }
        }
        Map<String, String> committed = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> committed.put(e.getKey(), e.getValue()));
        }
        return Map.copyOf(committed);
    }

    /** Commits now, with the marker, whatever is waiting (the end of a build, a migration). */
    void commit() {
        synchronized (lock) {
            try {
                commitLocked();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Runs {@code change} (which must leave the writer empty of what the marker spoke of) and
     * commits it with {@code next} as the marker, no other commit in between.
     */
    void replace(IoAction change, Map<String, String> next) throws IOException {
        synchronized (lock) {
            change.run();
            marker = Map.copyOf(next);
            marked = true;
            commitLocked();
        }
    }

    private void commitQuietly() {
        synchronized (lock) {
            try {
                if (marked || writer.hasUncommittedChanges()) {
                    commitLocked();
                }
            } catch (IOException | RuntimeException e) {
                log.warn("face index: commit failed; it is tried again (a restart replays from the last one)", e);
            }
        }
    }

    private void commitLocked() throws IOException {
        waiting.set(0);
        if (marked) {
            writer.setLiveCommitData(marker.entrySet());
            marked = false;
        }
        writer.commit();
    }

    /** Stops committing in the background and commits what is left, with the marker. */
    @Override
    public void close() throws IOException {
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            if (writer.isOpen()) {
                commitLocked();
            }
        }
    }

    /** A change to the writer. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
