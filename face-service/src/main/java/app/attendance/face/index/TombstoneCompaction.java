package app.attendance.face.index;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Removes tombstones older than {@code face.index.sync.tombstone-retention} from
 * {@code face.templates}, every {@code compaction-interval}. Every replica runs it, with no leader
 * and no lock of its own: the removal is idempotent (a second run finds nothing old enough) and
 * takes the writers' transaction lock, so runs of several replicas simply follow one another,
 * and the schedule keeps going with any number of replicas, even one. A replica that was away
 * longer than the retention notices it from {@code face.store.compacted_seq} and rebuilds its
 * index ({@link IndexSync}).
 */
final class TombstoneCompaction implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TombstoneCompaction.class);

    private final TemplateTable table;
    private final SyncProperties properties;
    private volatile ScheduledExecutorService executor;

    TombstoneCompaction(TemplateTable table, SyncProperties properties) {
        this.table = table;
        this.properties = properties;
    }

    /** One run; returns the tombstones removed. */
    int compact() {
        int removed = table.compact(properties.tombstoneRetention());
        if (removed > 0) {
            log.info("index: removed {} tombstones older than {}", removed, properties.tombstoneRetention());
        }
        return removed;
    }

    private void scheduled() {
        try {
            compact();
        } catch (RuntimeException e) {
            log.warn("index: removing old tombstones failed, next try in {}: {}", properties.compactionInterval(),
                    e.toString());
        }
    }

    @Override
    public void start() {
        long every = Math.max(1, properties.compactionInterval().toMillis());
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("face-tombstone-compaction").daemon(true).factory());
        started.scheduleWithFixedDelay(this::scheduled, every, every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService started = executor;
        executor = null;
        if (started != null) {
            started.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
