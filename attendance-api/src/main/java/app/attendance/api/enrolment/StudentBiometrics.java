package app.attendance.api.enrolment;

import app.attendance.api.attendance.recognition.StudentEvidence;
import app.attendance.api.audit.AuditLog;
import app.attendance.api.faceclient.FaceServiceClient;
import app.attendance.api.faceclient.FaceServiceUnavailableException;
import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.student.StudentPhotoCounts;
import app.attendance.api.student.StudentRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases everything biometric about a student: the faces in face-service, the enrolment photos,
 * the evidence crops of their marks and their pending matches; audited. Called when consent is
 * withdrawn and before a student is deleted.
 * <p>
 * face-service is always asked to delete the student's subject, whatever the database shows
 * (faces can exist without a photo row, e.g. after a crash mid-enrolment), under an ERASE intent
 * committed first ({@link FaceSyncIntents}). When face-service cannot be reached and the database
 * holds biometric data, the erasure fails with 503 and nothing changes (the caller's transaction
 * rolls back), so the database never claims an erasure that did not happen. When the database
 * holds none, the erasure goes ahead and the intent is left for {@link FaceSyncReconciler}, which
 * deletes the subject once face-service is back.
 */
@Service
public class StudentBiometrics {

    private static final Logger log = LoggerFactory.getLogger(StudentBiometrics.class);

    private final FaceServiceClient face;
    private final PhotoStore photos;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final StudentRepository students;
    private final FaceSyncIntents intents;
    private final StudentEvidence evidence;
    private final StudentPhotoCounts counts;

    StudentBiometrics(FaceServiceClient face, PhotoStore photos, JdbcClient jdbc, TransactionTemplate tx,
            AuditLog audit, StudentRepository students, FaceSyncIntents intents, StudentEvidence evidence,
            StudentPhotoCounts counts) {
        this.evidence = evidence;
        this.counts = counts;
        this.students = students;
        this.face = face;
        this.photos = photos;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.intents = intents;
    }

    /**
     * Erases the student's biometric data. Joins the caller's transaction when there is one.
     *
     * @param reason why, for the audit log (e.g. "consent withdrawn", "student deleted")
     * @return how many photos were erased
     */
    public int erase(long studentId, String reason) {
        boolean stored = hasBiometrics(studentId);
        int faces = eraseFaces(studentId, stored);
        if (!stored && faces == 0) {
            return 0;
        }
        Integer erased = tx.execute(status -> {
            int n = photos.deleteAll(studentId);
            evidence.erase(studentId);
            // Through the entity, so that a Student the caller has loaded in this transaction
            // does not write its old photo count back when it is flushed.
            students.findById(studentId).ifPresent(s -> s.setPhotoCount(0));
            if (n > 0 || faces > 0) {
                audit.record("ERASE_BIOMETRICS", "student", studentId, n + " photo(s), " + faces + " face(s)",
                        null, reason);
            }
            return n;
        });
        return erased == null ? 0 : erased;
    }

    /**
     * Whether anything biometric is stored in the database: photos, evidence crops or pending
     * matches. Decides whether an unreachable face-service must fail the erasure.
     */
    private boolean hasBiometrics(long studentId) {
        return jdbc.sql("select exists (select 1 from student_photos where student_id = :id)")
                .param("id", studentId).query(Boolean.class).single() || counts.counted(studentId)
                || evidence.holdsAny(studentId);
    }

    /**
     * Deletes the student's subject in face-service under an ERASE intent; returns how many faces
     * went (0 when face-service had none, its 404). When face-service is unreachable: rethrows if
     * {@code required}, else leaves the intent for the reconciler and returns 0.
     */
    private int eraseFaces(long studentId, boolean required) {
        long intent = intents.open(studentId, FaceSyncIntents.Operation.ERASE);
        int faces;
        try {
            faces = face.deleteSubject(SubjectIds.ofStudent(studentId));
        } catch (FaceServiceUnavailableException e) {
            if (required) {
                throw e;
            }
            log.warn("face-service unreachable while erasing student {}; the reconciler will delete the subject: {}",
                    studentId, e.getMessage());
            return 0;
        }
        intents.clearNow(List.of(intent));
        return faces;
    }

    /**
     * Erases the faces of a student who is being deleted in the caller's transaction (the rows
     * holding photos, crops and pending matches go with the student by cascade). Leaves the
     * Student entity alone, since its row is about to disappear.
     */
    public void eraseBeforeDeletion(long studentId) {
        boolean stored = hasBiometrics(studentId);
        int faces = eraseFaces(studentId, stored);
        if (!stored && faces == 0) {
            return;
        }
        tx.executeWithoutResult(status -> {
            int n = photos.deleteAll(studentId);
            if (n > 0 || faces > 0) {
                audit.record("ERASE_BIOMETRICS", "student", studentId, n + " photo(s), " + faces + " face(s)",
                        null, "student deleted");
            }
        });
    }
}
