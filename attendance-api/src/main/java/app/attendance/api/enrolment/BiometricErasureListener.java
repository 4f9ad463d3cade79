package app.attendance.api.enrolment;

import app.attendance.api.student.ConsentChangedEvent;
import app.attendance.api.student.StudentsDeletedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Erases a student's biometric data when consent is withdrawn or the student is deleted. Runs
 * synchronously inside the publishing transaction: when face-service cannot erase the faces the
 * whole change fails with 503 and rolls back, so no face outlives its consent unnoticed.
 */
@Component
class BiometricErasureListener {

    private final StudentBiometrics biometrics;

    BiometricErasureListener(StudentBiometrics biometrics) {
        this.biometrics = biometrics;
    }

    @EventListener
    void consentChanged(ConsentChangedEvent event) {
        if (!event.given()) {
            biometrics.erase(event.studentId(), "consent withdrawn");
        }
    }

    @EventListener
    void studentsDeleted(StudentsDeletedEvent event) {
        for (long id : event.studentIds()) {
            biometrics.eraseBeforeDeletion(id);
        }
    }
}
