package app.attendance.face.index;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code face.templates} over JDBC. Every write runs in one transaction that first takes a
 * transaction-level advisory lock, so writes of all replicas are serialised and their sequence
 * numbers commit in increasing order (a replica that has applied n never later meets a change
 * below n), and ends with {@code NOTIFY face_changes, '<seq>'}, delivered on commit.
 */
final class TemplateTable {

    static final String CHANNEL = "face_changes";
    private static final long WRITE_LOCK = 0x66616365L; // "face"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate snapshots;

    TemplateTable(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.snapshots = new TransactionTemplate(transactions.getTransactionManager());
        snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshots.setReadOnly(true);
    }

    FaceTemplates.Written add(List<FaceTemplates.NewTemplate> faces) {
        return transactions.execute(status -> {
            lock();
            long last = 0;
            for (FaceTemplates.NewTemplate t : faces) {
                FaceVector f = t.face();
                Long seq = jdbc.queryForObject("""
                        INSERT INTO face.templates (subject_id, face_id, seq, model_id, vector, face_size, sharpness,
                                                    yaw, created_at, deleted)
                        VALUES (?, ?, nextval('face.template_seq'), ?, ?, ?, ?, ?, ?, false)
                        ON CONFLICT (subject_id, face_id) DO UPDATE SET seq = excluded.seq,
                            model_id = excluded.model_id, vector = excluded.vector, face_size = excluded.face_size,
                            sharpness = excluded.sharpness, yaw = excluded.yaw, created_at = excluded.created_at,
                            deleted = false, deleted_at = NULL
                        RETURNING seq""", Long.class, f.subjectId(), f.faceId(), f.modelId(), bytes(f.vector()),
                        t.faceSize(), t.sharpness(), t.yaw(), Timestamp.from(f.createdAt()));
                last = Math.max(last, seq);
            }
            notifyReplicas(last);
            return new FaceTemplates.Written(last, faces.size());
        });
    }

    FaceTemplates.Written deleteSubject(String subjectId) {
        return tombstone("subject_id = ?", subjectId);
    }

    FaceTemplates.Written deleteFace(String subjectId, String faceId) {
        return tombstone("subject_id = ? AND face_id IN (?, ?)", subjectId, faceId, FarFaces.faceId(faceId));
    }

    private FaceTemplates.Written tombstone(String where, Object... args) {
        return transactions.execute(status -> {
            lock();
            List<Tombstone> gone = jdbc.query("UPDATE face.templates SET deleted = true, deleted_at = now(), "
                    + "seq = nextval('face.template_seq') WHERE NOT deleted AND " + where + " RETURNING seq, face_id",
                    (rs, n) -> new Tombstone(rs.getLong(1), rs.getString(2)), args);
            long last = gone.stream().mapToLong(Tombstone::seq).max().orElse(0);
            if (last > 0) {
                notifyReplicas(last);
            }
            // A photo's far template goes with it and is not counted as a face of its own.
            return new FaceTemplates.Written(last, (int) gone.stream().filter(t -> !FarFaces.isFar(t.faceId()))
                    .count());
        });
    }

    /**
     * Copies faces of an existing Lucene index into an empty table (one-time migration); returns
     * the highest sequence, 0 when the table already held rows (nothing copied).
     */
    long migrate(List<FaceVector> faces) {
        return transactions.execute(status -> {
            lock();
            Long any = jdbc.queryForObject("SELECT count(*) FROM face.templates", Long.class);
            if (any != null && any > 0) {
                return 0L;
            }
            jdbc.batchUpdate("""
                    INSERT INTO face.templates (subject_id, face_id, seq, model_id, vector, created_at)
                    VALUES (?, ?, nextval('face.template_seq'), ?, ?, ?)""", faces, 1000, (ps, f) -> {
                ps.setString(1, f.subjectId());
                ps.setString(2, f.faceId());
                ps.setString(3, f.modelId());
                ps.setBytes(4, bytes(f.vector()));
                ps.setTimestamp(5, Timestamp.from(f.createdAt()));
            });
            long last = maxSeq();
            notifyReplicas(last);
            return last;
        });
    }

    /**
     * Rows changed after {@code seq}, in sequence order, at most {@code limit}, and the
     * {@link #compactedSeq()} of the same snapshot (one repeatable-read transaction): when it is
     * above {@code seq}, tombstones after {@code seq} were removed before these rows were read.
     */
    Changes changesAfter(long seq, int limit) {
        return snapshots.execute(status -> {
            List<TemplateRow> rows = jdbc.query("""
                    SELECT seq, subject_id, face_id, model_id, vector, created_at, deleted FROM face.templates
                    WHERE seq > ? ORDER BY seq LIMIT ?""", TemplateTable::row, seq, limit);
            return new Changes(rows, compactedSeq());
        });
    }

    /** A page of changes and the highest removed tombstone's sequence, seen in one snapshot. */
    record Changes(List<TemplateRow> rows, long compacted) {
    }

    /** Live (not deleted) faces changed after {@code seq}: the work of a build. */
    long liveAfter(long seq) {
        return jdbc.queryForObject("SELECT count(*) FROM face.templates WHERE seq > ? AND NOT deleted", Long.class,
                seq);
    }

    /** True when the table has never held a face (no row, and no tombstone ever compacted away). */
    boolean empty() {
        return jdbc.queryForObject("SELECT NOT EXISTS (SELECT 1 FROM face.templates) "
                + "AND (SELECT compacted_seq FROM face.store) = 0", Boolean.class);
    }

    /** The highest sequence this database has reached, counting removed tombstones. */
    long maxSeq() {
        return jdbc.queryForObject("SELECT greatest(coalesce(max(seq), 0), (SELECT compacted_seq FROM face.store)) "
                + "FROM face.templates", Long.class);
    }

    /**
     * The highest sequence of any tombstone removed so far: an index that has applied less may
     * have missed a delete and must be rebuilt.
     */
    long compactedSeq() {
        return jdbc.queryForObject("SELECT compacted_seq FROM face.store", Long.class);
    }

    /**
     * Removes the tombstones deleted more than {@code retention} ago and raises the store's
     * {@link #compactedSeq()} to the highest sequence removed, in one transaction under the
     * writers' lock (so it commits in sequence order with writes). Idempotent: a second run, on
     * this replica or another, finds nothing old enough. Returns the tombstones removed.
     */
    int compact(Duration retention) {
        return transactions.execute(status -> {
            lock();
            List<Long> seqs = jdbc.queryForList("""
                    DELETE FROM face.templates
                    WHERE deleted AND deleted_at < now() - ? * interval '1 millisecond'
                    RETURNING seq""", Long.class, retention.toMillis());
            long last = seqs.stream().mapToLong(Long::longValue).max().orElse(0);
            if (last > 0) {
                jdbc.update("UPDATE face.store SET compacted_seq = greatest(compacted_seq, ?)", last);
            }
            return seqs.size();
        });
    }

    /** The id of this database's store, kept with the Lucene cache built from it. */
    String storeId() {
        return jdbc.queryForObject("SELECT id::text FROM face.store", String.class);
    }

    private void lock() {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, WRITE_LOCK);
    }

    private void notifyReplicas(long seq) {
        jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, CHANNEL, Long.toString(seq));
    }

    private static TemplateRow row(ResultSet rs, int n) throws SQLException {
        FaceVector face = new FaceVector(rs.getString("face_id"), rs.getString("subject_id"), rs.getString(
                "model_id"), FaceDocuments.decode(new BytesRef(rs.getBytes("vector"))), rs.getTimestamp("created_at")
                        .toInstant());
        return new TemplateRow(rs.getLong("seq"), face, rs.getBoolean("deleted"));
    }

    private static byte[] bytes(float[] vector) {
        return FaceDocuments.encode(vector).bytes;
    }

    /** A row just turned into a tombstone. */
    private record Tombstone(long seq, String faceId) {
    }
}
