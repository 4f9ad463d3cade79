package app.attendance.api.enrolment;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.faceclient.FaceServiceClient;
import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.student.StudentRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases everything biometric about a student: the faces in face-service, the enrolment photos,
 * the evidence crops of their marks and their pending matches; audited. Called when consent is
 * withdrawn and before a student is deleted. face-service goes first: when it cannot be reached
 * the erasure fails with 503 and nothing changes (the caller's transaction rolls back), so the
 * database never claims an erasure that did not happen.
 */
@Service
public class StudentBiometrics {

    private final FaceServiceClient face;
    private final PhotoStore photos;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final StudentRepository students;

    StudentBiometrics(FaceServiceClient face, PhotoStore photos, JdbcClient jdbc, TransactionTemplate tx,
            AuditLog audit, StudentRepository students) {
        this.students = students;
        this.face = face;
        this.photos = photos;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
    }

    /**
     * Erases the student's biometric data. Joins the caller's transaction when there is one.
     *
     * @param reason why, for the audit log (e.g. "consent withdrawn", "student deleted")
     * @return how many photos were erased
     */
    public int erase(long studentId, String reason) {
        if (!hasBiometrics(studentId)) {
            return 0;
        }
        int faces = face.deleteSubject(SubjectIds.ofStudent(studentId));
        Integer erased = tx.execute(status -> {
            int n = photos.deleteAll(studentId);
            jdbc.sql("""
                    delete from attendance_evidence
                    where record_id in (select id from attendance_records where student_id = :id)""")
                    .param("id", studentId).update();
            jdbc.sql("delete from pending_matches where student_id = :id").param("id", studentId).update();
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
     * Whether anything biometric is stored: photos (whose faces face-service holds), evidence crops
     * or pending matches. Faces reach face-service only with a stored photo, so a student without
     * any needs no call to face-service (and can be deleted while it is down).
     */
    private boolean hasBiometrics(long studentId) {
        return jdbc.sql("""
                select exists (select 1 from student_photos where student_id = :id)
                    or exists (select 1 from students where id = :id and photo_count > 0)
                    or exists (select 1 from pending_matches where student_id = :id)
                    or exists (select 1 from attendance_evidence e join attendance_records r on r.id = e.record_id
                               where r.student_id = :id)""")
                .param("id", studentId).query(Boolean.class).single();
    }

    /**
     * Erases the faces of a student who is being deleted in the caller's transaction (the rows
     * holding photos, crops and pending matches go with the student by cascade). Leaves the
     * Student entity alone, since its row is about to disappear.
     */
    public void eraseBeforeDeletion(long studentId) {
        if (!hasBiometrics(studentId)) {
            return;
        }
        int faces = face.deleteSubject(SubjectIds.ofStudent(studentId));
        tx.executeWithoutResult(status -> {
            int n = photos.deleteAll(studentId);
            if (n > 0 || faces > 0) {
                audit.record("ERASE_BIOMETRICS", "student", studentId, n + " photo(s), " + faces + " face(s)",
                        null, "student deleted");
            }
        });
    }
}
