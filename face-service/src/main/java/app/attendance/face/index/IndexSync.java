package app.attendance.face.index;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps this replica's Lucene index (a cache) equal to {@code face.templates} in PostgreSQL.
 * At start, on its own thread: migrates an existing Lucene index into an empty table once,
 * throws the cache away when it was built from another database, then applies every change
 * after the sequence the cache last recorded (all of them for an empty folder), logging
 * progress; until then {@link #building()} is true and the replica is not ready. Afterwards a
 * listener on its own connection ({@code LISTEN face_changes}) applies changes as they are
 * announced, and every {@code pollInterval} (and after reconnecting) looks for any it missed.
 * Changes are applied in sequence order by one thread at a time; each is searchable once applied
 * (near-real-time readers), and {@link #applied()} (what read-your-writes waits for) is the
 * sequence the searchers show. The Lucene folder is committed in batches with the sequence it
 * holds ({@link LuceneFaceIndex#markApplied}), and at the end of a build; a replica killed between
 * two commits replays the changes after its last committed sequence from PostgreSQL at restart, so
 * nothing acknowledged (committed in PostgreSQL) is lost. Tombstones older than the retention
 * are removed ({@link TombstoneCompaction}); an index whose sequence is below the highest one
 * removed ({@code face.store.compacted_seq}: it was away longer than the retention) may miss
 * deletes, so it is cleared and built again, at start or while following (not ready meanwhile).
 */
final class IndexSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

    private final LuceneFaceIndex index;
    private final TemplateTable table;
    private final DataSource dataSource;
    private final SyncProperties properties;
    private final Object appliedMonitor = new Object();
    /** Held while changes are applied (build or catch-up): one at a time, in sequence order. */
    private final ReentrantLock applying = new ReentrantLock();
    private volatile long applied;
    private volatile boolean building = true;
    private volatile String failure;
    private volatile boolean running;
    private volatile Thread thread;
    private String storeId;

    IndexSync(LuceneFaceIndex index, TemplateTable table, DataSource dataSource, SyncProperties properties) {
        this.index = index;
        this.table = table;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** True until the index has been built from PostgreSQL at start. */
    boolean building() {
        return building;
    }

    /** The highest change sequence applied to this replica's index and searchable there. */
    long applied() {
        return applied;
    }

    /** Why the start-up build last failed (it is retried), else null. */
    String failure() {
        return failure;
    }

    /**
     * Waits until this replica has applied {@code sequence}, reading PostgreSQL at once rather
     * than waiting for the announcement; false when it has not within {@code readYourWrites}.
     * When a catch-up is already under way (the follower applying the announcement, or another
     * request) it waits for that one instead of queueing behind it to read the database again,
     * and reads again only if still behind afterwards (at most every 100 ms).
     */
    boolean awaitApplied(long sequence) {
        if (applied >= sequence) {
            return true;
        }
        long deadline = System.nanoTime() + properties.readYourWrites().toNanos();
        boolean logged = false;
        while (true) {
            logged |= tryCatchUp(sequence, logged);
            synchronized (appliedMonitor) {
                if (applied >= sequence) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    appliedMonitor.wait(Math.clamp(left / 1_000_000, 1, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                if (applied >= sequence) {
                    return true;
                }
            }
        }
    }

    /** Catches up unless built, caught up or already catching up elsewhere; true when it failed and logged. */
    private boolean tryCatchUp(long sequence, boolean quiet) {
        if (building || applied >= sequence || !applying.tryLock()) {
            return false;
        }
        try {
            apply(false, 0);
            return false;
        } catch (RuntimeException e) {
            if (!quiet) {
                log.warn("index: catching up for a read-your-writes request failed: {}", e.toString());
            }
            return true;
        } finally {
            applying.unlock();
        }
    }

    /** Applies every change committed after {@link #applied()}; returns the sequence reached. */
    long catchUp() {
        applying.lock();
        try {
            return apply(false, 0);
        } finally {
            applying.unlock();
        }
    }

    private long apply(boolean report, long total) {
        long loaded = 0;
        long nextReport = 0;
        while (true) {
            TemplateTable.Changes changes = table.changesAfter(applied, properties.batchSize());
            List<TemplateRow> rows = changes.rows();
            boolean empty = applied == 0; // an empty index has no delete to miss
            if (!empty && changes.compacted() > applied) {
                // tombstones after `applied` were removed (away longer than the retention): deletes
                // may be missing from the index, so it is built again from the table
                building = true;
                throw new CompactedAway(applied, changes.compacted());
            }
            // the whole table after `applied` read: sequences up to the removed tombstones are seen too
            long seen = rows.size() < properties.batchSize() ? changes.compacted() : 0;
            if (rows.isEmpty()) {
                if (seen > applied) { // an empty index, built from a table whose newest changes were removed
                    reached(seen);
                }
                return applied;
            }
            // one row per face (its latest state), so the order of different faces' changes does not
            // matter: the upserts in one write, then each subject's deletes in one write
            List<FaceVector> upserts = new ArrayList<>();
            Map<String, Set<String>> deletes = new LinkedHashMap<>();
            for (TemplateRow row : rows) {
                if (row.deleted()) {
                    if (!empty) {
                        deletes.computeIfAbsent(row.face().subjectId(), s -> new HashSet<>()).add(row.face().faceId());
                    }
                } else {
                    upserts.add(row.face());
                    loaded++;
                }
            }
            flush(upserts);
            deletes.forEach(index::deleteFaces);
            // searchable now (each write above refreshed the searchers): waiting reads go on at once
            reached(Math.max(rows.getLast().seq(), seen));
            if (report && loaded >= nextReport) {
                log.info("index: {}/{} faces loaded", loaded, total);
                nextReport = loaded + Math.max(properties.batchSize(), total / 10);
            }
            if (rows.size() < properties.batchSize()) {
                return applied;
            }
        }
    }

    /**
     * The index shows every change up to {@code sequence}: waiting reads go on; the marker goes
     * into the next batch commit, which bounds the replay after a restart.
     */
    private void reached(long sequence) {
        synchronized (appliedMonitor) {
            applied = sequence;
            appliedMonitor.notifyAll();
        }
        index.markApplied(sequence, storeId);
    }

    private void flush(List<FaceVector> upserts) {
        if (!upserts.isEmpty()) {
            index.add(List.copyOf(upserts));
            upserts.clear();
        }
    }

    /** Start-up: migrate once, check the cache, build; then follow (and build again if it fell too far behind). */
    private void run() {
        while (running) {
            while (running && building) {
                try {
                    build();
                    building = false;
                    failure = null;
                } catch (RuntimeException e) {
                    failure = e.toString();
                    log.warn("index: building from PostgreSQL failed, retrying in {}: {}", properties.pollInterval(),
                            e.toString());
                    sleep(properties.pollInterval());
                }
            }
            follow();
        }
    }

    private void build() {
        applying.lock();
        try {
            buildLocked();
        } finally {
            applying.unlock();
        }
    }

    private void buildLocked() {
        long started = System.nanoTime();
        storeId = table.storeId();
        Map<String, String> cache = index.cacheState();
        long cachedFaces = index.stats().faces();
        String cachedSeq = cache.get(LuceneFaceIndex.APPLIED_SEQUENCE);
        if (cachedSeq == null && cachedFaces > 0 && table.empty()) {
            migrate();
            cache = index.cacheState();
            cachedSeq = cache.get(LuceneFaceIndex.APPLIED_SEQUENCE);
        }
        long from = cachedSeq == null ? 0 : Long.parseLong(cachedSeq);
        if (cachedSeq == null && cachedFaces > 0 || from > 0 && (!storeId.equals(cache.get(LuceneFaceIndex.STORE_ID))
                || from > table.maxSeq())) {
            log.info("index: the Lucene folder does not match this database; rebuilding it from PostgreSQL");
            index.clear();
            from = 0;
        }
        long compacted = table.compactedSeq();
        if (from > 0 && from < compacted) {
            log.info("index: deletes up to sequence {} were compacted away after this index's sequence {};"
                    + " rebuilding it from PostgreSQL", compacted, from);
            index.clear();
            from = 0;
        }
        applied = from;
        long total = table.liveAfter(from);
        log.info("index: building from PostgreSQL: {} faces to load after sequence {}", total, from);
        index.bulkLoading(true);
        try {
            apply(true, total);
        } finally {
            index.bulkLoading(false);
        }
        index.commit(); // a restart now starts from here
        log.info("index: ready with {} faces at sequence {} in {} ms", index.stats().faces(), applied,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** An existing installation: its Lucene index becomes the table's first content, once. */
    private void migrate() {
        List<FaceVector> faces = new ArrayList<>();
        String after = null;
        List<SubjectSummary> page;
        do {
            page = index.subjects(after, 1000);
            for (SubjectSummary subject : page) {
                faces.addAll(index.faces(subject.subjectId()));
            }
            after = page.isEmpty() ? null : page.getLast().subjectId();
        } while (page.size() == 1000);
        long last = table.migrate(faces);
        if (last > 0) {
            index.markApplied(last, storeId);
            index.commit();
            log.info("index: migrated {} faces of the existing Lucene index into PostgreSQL (sequence {})",
                    faces.size(), last);
        }
    }

    /**
     * Listens for announcements; catches up on each, on every poll interval and after reconnecting.
     * Returns when stopped, or when the index must be built again ({@link CompactedAway}).
     */
    private void follow() {
        while (running) {
            try (Connection connection = listenerConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + TemplateTable.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                catchUp();
                int poll = (int) Math.max(1, properties.pollInterval().toMillis());
                while (running) {
                    pg.getNotifications(poll);
                    catchUp();
                }
            } catch (CompactedAway e) {
                log.warn("index: {}; rebuilding it from PostgreSQL (not ready meanwhile)", e.getMessage());
                return;
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("index: following PostgreSQL failed, reconnecting: {}", e.toString());
                    sleep(Duration.ofSeconds(1));
                }
            }
        }
    }

    /**
     * A connection of its own, outside the pool: it stays open for the life of the replica, and a
     * broken one (server restart, terminated backend) is simply dropped, never handed to a write.
     */
    private Connection listenerConnection() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            Properties login = new Properties();
            if (pool.getUsername() != null) {
                login.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                login.setProperty("password", pool.getPassword());
            }
            login.setProperty("ApplicationName", "face-service index listener");
            return DriverManager.getConnection(pool.getJdbcUrl(), login);
        }
        return dataSource.getConnection();
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** This index is older than the tombstones still kept: it cannot catch up change by change. */
    private static final class CompactedAway extends RuntimeException {

        CompactedAway(long applied, long compacted) {
            super("deletes up to sequence " + compacted + " were compacted away after this index's sequence "
                    + applied, null, false, false);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("face-index-sync").daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            // not interrupted: an interrupt during Lucene file I/O would close the index's channels
            try {
                t.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
