package app.attendance.api.attendance.recognition;

import org.springframework.stereotype.Component;

/**
 * The biometric traces recognition keeps of a student: the face crops of their marks and their
 * pending matches (with crops). Erasing a student's biometric data asks here.
 */
@Component
public class StudentEvidence {

    private final EvidenceStore evidence;
    private final PendingStore pending;

    StudentEvidence(EvidenceStore evidence, PendingStore pending) {
        this.evidence = evidence;
        this.pending = pending;
    }

    /** Whether recognition keeps a crop or a pending match of the student. */
    public boolean holdsAny(long studentId) {
        return pending.existsOfStudent(studentId) || evidence.existsOfStudent(studentId);
    }

    /** Deletes the crops of the student's marks and the student's pending matches. */
    public void erase(long studentId) {
        evidence.deleteOfStudent(studentId);
        pending.deleteOfStudent(studentId);
    }
}
