package app.attendance.api.enrolment;

import app.attendance.api.enrolment.EnrolmentResults.PhotoResult;
import app.attendance.api.enrolment.EnrolmentResults.UploadResult;
import app.attendance.api.enrolment.EnrolmentResults.ZipPhotoResult;
import app.attendance.api.enrolment.EnrolmentResults.ZipResult;
import app.attendance.api.faceclient.FaceRecords.Image;
import app.attendance.api.faceclient.FaceServiceClient;
import app.attendance.api.faceclient.FaceServiceUnavailableException;
import app.attendance.api.student.StudentDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Bulk enrolment from a zip whose file names carry student codes. Each student's photos are
 * enrolled atomically (see {@link EnrolmentService}); the answer says for every file what
 * happened. face-service is checked first (503, nothing stored, when it is down); if it fails
 * midway, the files not yet sent are reported as {@code FACE_SERVICE_UNAVAILABLE}.
 */
@Service
class ZipEnrolment {

    private final EnrolmentService enrolment;
    private final FaceServiceClient face;
    private final StudentDirectory directory;

    ZipEnrolment(EnrolmentService enrolment, FaceServiceClient face, StudentDirectory directory) {
        this.enrolment = enrolment;
        this.face = face;
        this.directory = directory;
    }

    private record Known(long id, String code, boolean consent) {
    }

    ZipResult enrol(List<Image> images) {
        face.info();
        Map<String, Known> students = new HashMap<>();
        directory.codes().stream().map(c -> new Known(c.id(), c.code(), c.consent()))
                .forEach(k -> students.put(k.code().toLowerCase(Locale.ROOT), k));
        Map<Known, List<Image>> byStudent = new LinkedHashMap<>();
        List<ZipPhotoResult> results = new ArrayList<>();
        for (Image image : images) {
            Known student = ZipPhotos.codeCandidates(image.fileName()).stream()
                    .map(c -> students.get(c.toLowerCase(Locale.ROOT))).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            if (student == null) {
                results.add(new ZipPhotoResult(image.fileName(), null, null, false, null, "UNKNOWN_STUDENT",
                        "No student has the code in this file name", null));
            } else if (!student.consent()) {
                results.add(new ZipPhotoResult(image.fileName(), student.id(), student.code(), false, null,
                        "CONSENT_REQUIRED", "The student has not given biometric consent", null));
            } else {
                byStudent.computeIfAbsent(student, k -> new ArrayList<>()).add(image);
            }
        }
        boolean unavailable = false;
        for (Map.Entry<Known, List<Image>> entry : byStudent.entrySet()) {
            Known student = entry.getKey();
            if (!unavailable) {
                try {
                    UploadResult upload = enrolment.addPhotos(student.id(), entry.getValue());
                    for (PhotoResult r : upload.results()) {
                        results.add(new ZipPhotoResult(r.fileName(), student.id(), student.code(), r.accepted(),
                                r.photoId(), r.reason(), r.message(), r.lookAlike()));
                    }
                    continue;
                } catch (FaceServiceUnavailableException e) {
                    unavailable = true;
                } catch (app.attendance.api.system.ApiException e) {
                    for (Image image : entry.getValue()) {
                        results.add(new ZipPhotoResult(image.fileName(), student.id(), student.code(), false, null,
                                e.getCode().toUpperCase(Locale.ROOT).replace('-', '_'), e.getMessage(), null));
                    }
                    continue;
                }
            }
            for (Image image : entry.getValue()) {
                results.add(new ZipPhotoResult(image.fileName(), student.id(), student.code(), false, null,
                        "FACE_SERVICE_UNAVAILABLE", "Face recognition was unavailable; upload this file again",
                        null));
            }
        }
        int accepted = (int) results.stream().filter(ZipPhotoResult::accepted).count();
        return new ZipResult(results.size(), accepted, results.size() - accepted, results);
    }
}
