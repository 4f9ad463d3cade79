package app.attendance.api.attendance.recognition;

import app.attendance.api.attendance.Source;
import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.user.CurrentUser;
import app.attendance.api.system.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Live attendance of a session for its teacher (or an admin): webcam frames, the pending
 * matches to review, and the face crop kept as evidence of a camera mark.
 */
@RestController
@RequestMapping("/api/sessions/{sessionId}")
class SessionFrameController {

    private final FrameService frames;
    private final PendingReview review;
    private final PendingStore pending;
    private final EvidenceStore evidence;
    private final AccessPolicy access;

    SessionFrameController(FrameService frames, PendingReview review, PendingStore pending, EvidenceStore evidence,
            AccessPolicy access) {
        this.frames = frames;
        this.review = review;
        this.pending = pending;
        this.evidence = evidence;
        this.access = access;
    }

    @PostMapping(value = "/frames", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FrameResult frame(@PathVariable long sessionId, @RequestPart(value = "image",
            required = false) MultipartFile image) {
        FrameService.SessionRef session = sessionTeacher(sessionId);
        return frames.process(session, bytes(image), Source.CAMERA, CallerShares.user(CurrentUser.get().userId()));
    }

    @GetMapping("/pending")
    List<PendingStore.PendingView> pending(@PathVariable long sessionId) {
        access.requireSession(sessionId);
        return pending.open(sessionId);
    }

    @PostMapping("/pending/{pendingId}/confirm")
    PendingReview.Decided confirm(@PathVariable long sessionId, @PathVariable long pendingId) {
        sessionTeacher(sessionId);
        return review.confirm(sessionId, pendingId);
    }

    @PostMapping("/pending/{pendingId}/reject")
    PendingReview.Decided reject(@PathVariable long sessionId, @PathVariable long pendingId) {
        sessionTeacher(sessionId);
        return review.reject(sessionId, pendingId);
    }

    @GetMapping(value = "/evidence/{recordId}", produces = MediaType.IMAGE_JPEG_VALUE)
    ResponseEntity<byte[]> evidence(@PathVariable long sessionId, @PathVariable long recordId) {
        access.requireSession(sessionId);
        byte[] jpeg = evidence.find(sessionId, recordId).orElseThrow(() -> ApiException.notFound("evidence", recordId));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore().cachePrivate()).body(jpeg);
    }

    /** The session, if the caller is an admin or the session's teacher (403 otherwise, 404 when missing). */
    private FrameService.SessionRef sessionTeacher(long sessionId) {
        CurrentUser me = CurrentUser.get();
        FrameService.SessionRef session = frames.session(sessionId);
        if (!me.isAdmin() && !(me.isTeacher() && Long.valueOf(session.teacherId()).equals(me.teacherId()))) {
            throw ApiException.forbidden("Only an admin or the session's teacher may take its attendance");
        }
        return session;
    }

    /** The bytes of a frame upload; 400 when missing, 415 when it is not an image. */
    static byte[] bytes(MultipartFile image) {
        if (image == null || image.isEmpty()) {
            throw ApiException.invalid("image", "a JPEG frame is required");
        }
        String type = image.getContentType();
        if (type != null && !type.startsWith("image/") && !type.equals(MediaType.APPLICATION_OCTET_STREAM_VALUE)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Frames must be JPEG images, not " + type);
        }
        try {
            return image.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
