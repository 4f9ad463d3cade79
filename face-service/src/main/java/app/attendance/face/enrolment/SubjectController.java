package app.attendance.face.enrolment;

import app.attendance.face.index.FaceIndex;
import app.attendance.face.index.FaceTemplates;
import app.attendance.face.index.FaceVector;
import app.attendance.face.index.FarFaces;
import app.attendance.face.index.SubjectSummary;
import app.attendance.face.system.RequestRefusedException;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Subjects and their faces under {@code /v1/subjects}: a paged listing, enrolment, reads and deletes. */
@RestController
class SubjectController {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";
    private static final int DEFAULT_PAGE = 500;
    private static final int MAX_PAGE = 1000;
    private static final String ID_MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-'";

    /** Response header of every write: the change sequence to pass as {@code X-Index-Min-Sequence}. */
    static final String SEQUENCE = "X-Index-Sequence";

    private final EnrolmentService enrolment;
    private final FaceIndex index;
    private final FaceTemplates templates;

    SubjectController(EnrolmentService enrolment, FaceIndex index, FaceTemplates templates) {
        this.enrolment = enrolment;
        this.index = index;
        this.templates = templates;
    }

    @PutMapping(path = "/v1/subjects/{subjectId}/faces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EnrolResponse> enrol(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String subjectId,
            @RequestPart("images") @Size(min = 1, max = 20,
                    message = "send 1 to 20 photos") List<MultipartFile> images) {
        EnrolmentService.Enrolment done = enrolment.enrol(subjectId, images);
        return sequenced(done.sequence()).body(new EnrolResponse(subjectId, done.results()));
    }

    /** A 200 answer carrying the write's sequence, when it changed anything. */
    private static ResponseEntity.BodyBuilder sequenced(long sequence) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        return sequence > 0 ? ok.header(SEQUENCE, Long.toString(sequence)) : ok;
    }

    /**
     * A keyset page of the subjects that hold faces, ordered by id: pass the last id of a page as
     * {@code after} to get the next; {@code next} is null on the last page.
     */
    @GetMapping("/v1/subjects")
    SubjectPage subjects(@RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE) int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new RequestRefusedException(HttpStatus.BAD_REQUEST, "validation",
                    "limit must be between 1 and " + MAX_PAGE + ".");
        }
        if (after != null && !after.matches(ID)) {
            throw new RequestRefusedException(HttpStatus.BAD_REQUEST, "validation", "after " + ID_MESSAGE + ".");
        }
        List<SubjectSummary> page = index.subjects(after, limit);
        String next = page.size() == limit ? page.getLast().subjectId() : null;
        return new SubjectPage(page, next);
    }

    @GetMapping("/v1/subjects/{subjectId}")
    SubjectFaces faces(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String subjectId) {
        List<FaceVector> faces = index.faces(subjectId).stream().filter(f -> !FarFaces.isFar(f.faceId())).toList();
        if (faces.isEmpty()) {
            throw new RequestRefusedException(HttpStatus.NOT_FOUND, "not-found", "No face is enrolled for subject '"
                    + subjectId + "'.");
        }
        return new SubjectFaces(subjectId,
                faces.stream().map(f -> new StoredFace(f.faceId(), f.modelId(), f.createdAt())).toList());
    }

    @DeleteMapping("/v1/subjects/{subjectId}")
    ResponseEntity<Map<String, Integer>> delete(
            @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String subjectId) {
        FaceTemplates.Written written = templates.deleteSubject(subjectId);
        return sequenced(written.sequence()).body(Map.of("deleted", written.count()));
    }

    @DeleteMapping("/v1/subjects/{subjectId}/faces/{faceId}")
    ResponseEntity<Void> deleteFace(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String subjectId,
            @PathVariable String faceId) {
        FaceTemplates.Written written = templates.deleteFace(subjectId, faceId);
        if (!written.changed()) {
            throw new RequestRefusedException(HttpStatus.NOT_FOUND, "not-found",
                    "Subject '" + subjectId + "' has no face '" + faceId + "'.");
        }
        return ResponseEntity.noContent().header(SEQUENCE, Long.toString(written.sequence())).build();
    }

    /** One page of subjects and the {@code after} of the next page (null when this is the last). */
    record SubjectPage(List<SubjectSummary> subjects, String next) {
    }

    /** Outcome per photo, in request order. */
    record EnrolResponse(String subjectId, List<EnrolResult> results) {
    }

    /** A subject's enrolled faces, oldest first. */
    record SubjectFaces(String subjectId, List<StoredFace> faces) {
    }

    /** One enrolled face. */
    record StoredFace(String faceId, String modelId, Instant createdAt) {
    }
}
