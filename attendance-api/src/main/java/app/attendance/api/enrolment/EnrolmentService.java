package app.attendance.api.enrolment;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.enrolment.EnrolmentResults.LookAlike;
import app.attendance.api.enrolment.EnrolmentResults.PhotoResult;
import app.attendance.api.enrolment.EnrolmentResults.UploadResult;
import app.attendance.api.faceclient.FaceRecords.EnrolImageResult;
import app.attendance.api.faceclient.FaceRecords.EnrolResult;
import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.faceclient.FaceServiceClient;
import app.attendance.api.faceclient.SubjectIds;
import app.attendance.api.attendance.recognition.FaceCrops;
import app.attendance.api.attendance.recognition.RecognitionProperties;
import app.attendance.api.student.StudentDirectory;
import app.attendance.api.system.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrols students' photos: an ENROL intent is committed first ({@link FaceSyncIntents}), then
 * face-service is called (outside any transaction), then the accepted photos, the student's photo
 * count and the cleared intent are written in one transaction. If face-service cannot be reached
 * nothing is stored (503); if the database write fails the new faces are removed from
 * face-service again. Should the process die in between, the intent stays behind and
 * {@link FaceSyncReconciler} removes the faces no row claims. Requires the student's biometric
 * consent.
 */
@Service
class EnrolmentService {

    private static final Logger log = LoggerFactory.getLogger(EnrolmentService.class);
    private static final int THUMBNAIL_SIZE = 160;

    private final FaceServiceClient face;
    private final PhotoStore photos;
    private final StudentDirectory students;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final RecognitionProperties rules;
    private final Clock clock;
    private final FaceSyncIntents intents;

    EnrolmentService(FaceServiceClient face, PhotoStore photos, StudentDirectory students, TransactionTemplate tx,
            AuditLog audit, RecognitionProperties rules, Clock clock, FaceSyncIntents intents) {
        this.intents = intents;
        this.face = face;
        this.photos = photos;
        this.students = students;
        this.tx = tx;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** The student's name, class and consent. */
    record StudentInfo(long id, String code, String name, long classId, boolean consent) {
    }

    StudentInfo student(long studentId) {
        return students.profile(studentId)
                .map(p -> new StudentInfo(p.id(), p.code(), p.name(), p.classId() == null ? 0 : p.classId(),
                        p.consent()))
                .orElseThrow(() -> ApiException.notFound("student", studentId));
    }

    static ApiException consentRequired(long studentId) {
        return new ApiException(HttpStatus.CONFLICT, "consent-required",
                "Student " + studentId + " has not given biometric consent");
    }

    UploadResult addPhotos(long studentId, List<Image> images) {
        if (images.isEmpty()) {
            throw ApiException.invalid("photos", "at least one photo is required");
        }
        StudentInfo student = student(studentId);
        if (!student.consent()) {
            throw consentRequired(studentId);
        }
        String subject = SubjectIds.ofStudent(studentId);
        // Committed before the call: if this process dies after face-service stored the faces,
        // the reconciler finds the intent and removes what no photo row claims. On a failed call
        // the intent stays too (a timed-out enrolment may still have stored faces).
        long intent = intents.open(studentId, FaceSyncIntents.Operation.ENROL);
        EnrolResult enrolled = face.enrol(subject, images);
        List<EnrolImageResult> results = enrolled.results() == null ? List.of() : enrolled.results();
        List<String> newFaces = results.stream().filter(EnrolImageResult::accepted).map(EnrolImageResult::faceId)
                .toList();
        String modelId = modelIdOrNull();
        List<byte[]> thumbnails = new ArrayList<>();
        for (EnrolImageResult r : results) {
            thumbnails.add(r.accepted() ? FaceCrops.thumbnail(imageAt(images, r).bytes(), THUMBNAIL_SIZE) : null);
        }
        Long[] photoIds = new Long[results.size()];
        try {
            tx.executeWithoutResult(status -> {
                if (!photos.lockStudent(studentId)) {
                    throw ApiException.notFound("student", studentId);
                }
                if (!students.standing(studentId).orElseThrow().consent()) {
                    throw consentRequired(studentId);
                }
                for (int i = 0; i < results.size(); i++) {
                    EnrolImageResult r = results.get(i);
                    if (r.accepted()) {
                        Image image = imageAt(images, r);
                        photoIds[i] = photos.insert(studentId, image.fileName(), image.bytes(), thumbnails.get(i),
                                r.faceId(), modelId, clock.instant());
                    }
                }
                int count = photos.count(studentId);
                photos.setPhotoCount(studentId, count);
                intents.clear(intent);
                if (!newFaces.isEmpty()) {
                    audit.record("ENROL_PHOTOS", "student", studentId, null,
                            newFaces.size() + " photo(s) enrolled, " + count + " in total", null);
                }
            });
        } catch (RuntimeException e) {
            boolean undone = true;
            for (String faceId : newFaces) {
                try {
                    face.deleteFace(subject, faceId);
                } catch (RuntimeException cleanup) {
                    undone = false;
                    log.error("Could not remove face {} of {} after a failed enrolment; the reconciler will",
                            faceId, subject, cleanup);
                }
            }
            if (undone) {
                intents.clearNow(List.of(intent));
            }
            throw e;
        }
        List<PhotoResult> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            EnrolImageResult r = results.get(i);
            out.add(new PhotoResult(r.fileName() != null ? r.fileName() : imageAt(images, r).fileName(),
                    r.accepted(), photoIds[i], r.reason(), r.message(), lookAlike(studentId, r)));
        }
        return new UploadResult(out);
    }

    void deletePhoto(long studentId, long photoId) {
        student(studentId);
        PhotoStore.Photo photo = photos.find(studentId, photoId)
                .orElseThrow(() -> ApiException.notFound("photo", photoId));
        if (photo.faceId() != null) {
            face.deleteFace(SubjectIds.ofStudent(studentId), photo.faceId());
        }
        tx.executeWithoutResult(status -> {
            photos.lockStudent(studentId);
            photos.delete(photoId);
            photos.setPhotoCount(studentId, photos.count(studentId));
            audit.record("DELETE_PHOTO", "student", studentId, "photo " + photoId, null, null);
        });
    }

    private LookAlike lookAlike(long studentId, EnrolImageResult r) {
        if (!r.accepted() || r.nearest() == null) {
            return null;
        }
        Long other = SubjectIds.studentOf(r.nearest().subjectId());
        if (other == null || other == studentId || r.nearest().similarity() < lookAlikeThreshold()) {
            return null;
        }
        String name = students.nameOf(other).orElse(null);
        return name == null ? null : new LookAlike(other, name, r.nearest().similarity());
    }

    private double lookAlikeThreshold() {
        if (rules.lookAlikeThreshold() != null) {
            return rules.lookAlikeThreshold();
        }
        return face.info().thresholds().match();
    }

    private String modelIdOrNull() {
        try {
            return face.info().modelId();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Image imageAt(List<Image> images, EnrolImageResult r) {
        return images.get(Math.min(Math.max(r.index(), 0), images.size() - 1));
    }
}
