package app.attendance.api.enrolment;

import app.attendance.api.faceclient.FaceRecords.StoredFace;
import app.attendance.api.faceclient.FaceRecords.SubjectFaces;
import app.attendance.api.faceclient.FaceRecords.SubjectPage;
import app.attendance.api.faceclient.FaceRecords.SubjectSummary;
import app.attendance.api.faceclient.FaceServiceClient;
import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.student.StudentDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings face-service back in line with the database, shortly after start and then periodically:
 * <ol>
 * <li>replays the intents older than the grace period ({@link FaceSyncIntents}: the API died or
 *     face-service was away mid-change), and</li>
 * <li>pages through every subject of face-service ({@code GET /v1/subjects}) and, for each
 *     {@code student-<id>} holding more faces than the database has photo rows with a face
 *     (none when the student is gone or has no consent), removes the faces no row claims.</li>
 * </ol>
 * A student with an intent younger than the grace period is skipped: an enrolment may be between
 * its face-service call and its database write. The student's state, rows and fresh intents are
 * read in one repeatable-read snapshot after face-service's faces, so a face written by an
 * enrolment that commits meanwhile is either claimed by a row or covered by its intent.
 * <p>
 * The scheduled pass runs on one API replica per schedule (ShedLock, at most once a minute across
 * replicas). Besides, every pass, scheduled or called, holds the PostgreSQL session advisory lock
 * {@link #LOCK_KEY} ({@code pg_try_advisory_lock}) on a connection of its own for its whole length:
 * a process that does not get the lock skips the pass, and the lock goes with the connection if
 * the process dies. Its progress is not kept in memory: each pass starts from the database (the
 * intents, the photo rows) and face-service's subject list, so a pass cut short by a restart or
 * run on another replica next time loses nothing. When face-service cannot be
 * reached the pass is logged and given up; the next one tries again. A pass never throws.
 */
@Component
class FaceSyncReconciler {

    /** The advisory lock key of the reconciler ("facesync" in ASCII). */
    static final long LOCK_KEY = 0x6661636573796e63L;

    private static final Logger log = LoggerFactory.getLogger(FaceSyncReconciler.class);

    /** What one pass did; {@code ran} is false when another process held the lock or it failed. */
    record Pass(boolean ran, int intentsReplayed, int subjectsSeen, int facesRemoved) {
        static final Pass SKIPPED = new Pass(false, 0, 0, 0);
    }

    /** What the database says about a student, read in one snapshot. */
    private record Claim(boolean keeps, boolean busy, Set<String> faceIds) {
    }

    private final FaceServiceClient face;
    private final FaceSyncIntents intents;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final FaceSyncProperties properties;
    private final StudentDirectory students;

    FaceSyncReconciler(FaceServiceClient face, FaceSyncIntents intents, DataSource dataSource, JdbcClient jdbc,
            PlatformTransactionManager transactions, FaceSyncProperties properties, StudentDirectory students) {
        this.students = students;
        this.face = face;
        this.intents = intents;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${attendance.face-sync.initial-delay:30s}",
            fixedDelayString = "${attendance.face-sync.interval:10m}")
    @SchedulerLock(name = "face-sync-reconciler", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void scheduled() {
        if (properties.enabled()) {
            reconcile();
        }
    }

    /** Runs one pass now, unless another process is running one. */
    Pass reconcile() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "select pg_try_advisory_lock(?)")) {
                log.debug("Face reconciliation skipped: another process holds the lock");
                return Pass.SKIPPED;
            }
            try {
                return pass();
            } finally {
                advisory(lock, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("Face reconciliation gave up, next try in {}: {}", properties.interval(), e.toString());
            return Pass.SKIPPED;
        }
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private Pass pass() {
        int replayed = 0;
        int removed = 0;
        Map<Long, List<FaceSyncIntents.Intent>> stale = intents.olderThan(properties.grace()).stream()
                .collect(Collectors.groupingBy(FaceSyncIntents.Intent::studentId, LinkedHashMap::new, Collectors
                        .toList()));
        for (Map.Entry<Long, List<FaceSyncIntents.Intent>> e : stale.entrySet()) {
            Integer gone = align(e.getKey(), face.subject(SubjectIds.ofStudent(e.getKey()))
                    .map(SubjectFaces::faces).orElse(List.of()));
            if (gone != null) {
                removed += gone;
                intents.clearNow(e.getValue().stream().map(FaceSyncIntents.Intent::id).toList());
                replayed += e.getValue().size();
            }
        }
        int seen = 0;
        String after = null;
        do {
            SubjectPage page = face.subjects(after, properties.pageSize());
            seen += page.subjects().size();
            removed += sweep(page.subjects());
            after = page.next();
        } while (after != null);
        if (replayed > 0 || removed > 0) {
            log.info("Face reconciliation: {} intent(s) replayed, {} orphaned face(s) removed of {} subject(s)",
                    replayed, removed, seen);
        }
        return new Pass(true, replayed, seen, removed);
    }

    /** Aligns the students of one page whose face count the database does not account for. */
    private int sweep(List<SubjectSummary> subjects) {
        Map<Long, SubjectSummary> ours = new HashMap<>();
        for (SubjectSummary s : subjects) {
            Long student = SubjectIds.studentOf(s.subjectId());
            if (student != null) {
                ours.put(student, s);
            }
        }
        if (ours.isEmpty()) {
            return 0;
        }
        Set<Long> consenting = students.consenting(ours.keySet());
        Map<Long, Integer> claimed = consenting.isEmpty() ? Map.of() : jdbc.sql("""
                        select student_id, count(*) from student_photos
                        where student_id in (:ids) and face_id is not null
                        group by student_id""")
                .param("ids", consenting)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int removed = 0;
        for (Map.Entry<Long, SubjectSummary> e : ours.entrySet()) {
            if (e.getValue().faces() > claimed.getOrDefault(e.getKey(), 0)) {
                Integer gone = align(e.getKey(), face.subject(e.getValue().subjectId())
                        .map(SubjectFaces::faces).orElse(List.of()));
                removed += gone == null ? 0 : gone;
            }
        }
        return removed;
    }

    /**
     * Removes those of the student's faces in face-service that no photo row claims (all of them
     * when the student is gone or has no consent); returns how many, or null when the student has
     * a fresh intent and was left alone.
     */
    private Integer align(long studentId, List<StoredFace> stored) {
        Claim claim = snapshot.execute(status -> claim(studentId));
        if (claim == null || claim.busy()) {
            return null;
        }
        String subject = SubjectIds.ofStudent(studentId);
        int removed = 0;
        for (StoredFace f : stored) {
            if (!claim.keeps() || !claim.faceIds().contains(f.faceId())) {
                if (face.deleteFace(subject, f.faceId())) {
                    removed++;
                }
            }
        }
        if (removed > 0) {
            log.info("Removed {} face(s) of {} that no photo row claims", removed, subject);
        }
        return removed;
    }

    private Claim claim(long studentId) {
        boolean keeps = !students.consenting(List.of(studentId)).isEmpty();
        Set<String> faceIds = jdbc.sql(
                "select face_id from student_photos where student_id = :id and face_id is not null")
                .param("id", studentId).query(String.class).set();
        return new Claim(keeps, intents.recent(studentId, properties.grace()), faceIds);
    }
}
