package app.attendance.api.enrolment;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.faceclient.FaceRecords.EnrolImageResult;
import app.attendance.api.faceclient.FaceRecords.EnrolResult;
import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.faceclient.FaceServiceClient;
import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.system.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a face-model change: re-sends every stored enrolment photo to face-service, student by
 * student (the subject is replaced, so old-model faces go), and records the new face ids. Runs in
 * the background, one run at a time across API replicas; its progress is in PostgreSQL
 * ({@link ResyncRun}), so every replica answers it. A photo the new model refuses stays stored
 * without a face. If face-service becomes unreachable the run stops (FAILED) and can
 * simply be started again.
 */
@Service
class FaceResync {

    private static final Logger log = LoggerFactory.getLogger(FaceResync.class);

    /** Progress of the current or last run. */
    record Progress(String state, String modelId, int students, int studentsDone, int photos, int accepted,
            int refused, String error, Instant startedAt, Instant finishedAt) {
    }

    private final FaceServiceClient face;
    private final PhotoStore photos;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "face-resync");
        t.setDaemon(true);
        return t;
    });
    private final ResyncRun run;
    private final FaceSyncIntents intents;

    FaceResync(FaceServiceClient face, PhotoStore photos, TransactionTemplate tx, AuditLog audit,
            FaceSyncIntents intents, ResyncRun run) {
        this.run = run;
        this.intents = intents;
        this.face = face;
        this.photos = photos;
        this.tx = tx;
        this.audit = audit;
    }

    Progress progress() {
        return run.progress();
    }

    /** Starts a run; 409 when one is running. face-service must answer (else 503). */
    synchronized Progress start(String actor) {
        if ("RUNNING".equals(run.progress().state())) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "A re-enrolment is already running");
        }
        String modelId = face.info().modelId();
        List<Long> students = photos.studentsWithPhotos();
        if (!run.start(modelId, students.size())) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "A re-enrolment is already running");
        }
        worker.submit(() -> run(actor, modelId, students));
        return run.progress();
    }

    private void run(String actor, String modelId, List<Long> students) {
        try {
            for (long studentId : students) {
                resync(studentId, modelId);
            }
            run.finish("DONE", null);
            Progress p = run.progress();
            tx.executeWithoutResult(s -> audit.recordAs(actor, "FACE_RESYNC", "face_model", null, null,
                    modelId + ": " + p.accepted() + " accepted, " + p.refused() + " refused", null));
        } catch (RuntimeException e) {
            log.warn("Re-enrolment stopped: {}", e.toString());
            run.finish("FAILED", e.getMessage());
        }
    }

    private void resync(long studentId, String modelId) {
        List<PhotoStore.Stored> stored = photos.stored(studentId);
        if (stored.isEmpty()) {
            return;
        }
        String subject = SubjectIds.ofStudent(studentId);
        List<Image> images = stored.stream()
                .map(p -> new Image(p.fileName() == null ? "photo-" + p.id() + ".jpg" : p.fileName(), p.image()))
                .toList();
        // Keeps the reconciler away from this student while the subject is replaced.
        long intent = intents.open(studentId, FaceSyncIntents.Operation.ENROL);
        face.deleteSubject(subject);
        EnrolResult result = face.enrol(subject, images);
        int accepted = 0;
        int refused = 0;
        for (EnrolImageResult r : result.results()) {
            if (r.accepted()) {
                accepted++;
            } else {
                refused++;
            }
        }
        tx.executeWithoutResult(s -> {
            photos.lockStudent(studentId);
            for (EnrolImageResult r : result.results()) {
                PhotoStore.Stored photo = stored.get(r.index());
                photos.updateFace(photo.id(), r.accepted() ? r.faceId() : null, r.accepted() ? modelId : null);
            }
            photos.setPhotoCount(studentId, photos.count(studentId));
            intents.clear(intent);
        });
        run.studentDone(stored.size(), accepted, refused);
    }
}
