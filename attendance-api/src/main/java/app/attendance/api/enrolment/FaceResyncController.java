package app.attendance.api.enrolment;

import app.attendance.api.user.CurrentUser;
import app.attendance.api.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin: re-enrol every stored photo after a face-model change ({@code POST}, 202) and follow its
 * progress ({@code GET}).
 */
@RestController
@RequestMapping("/api/enrolment/resync")
class FaceResyncController {

    private final FaceResync resync;

    FaceResyncController(FaceResync resync) {
        this.resync = resync;
    }

    @PostMapping
    ResponseEntity<FaceResync.Progress> start() {
        CurrentUser me = requireAdmin();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(resync.start(me.username()));
    }

    @GetMapping
    FaceResync.Progress progress() {
        requireAdmin();
        return resync.progress();
    }

    private static CurrentUser requireAdmin() {
        CurrentUser me = CurrentUser.get();
        if (!me.isAdmin()) {
            throw ApiException.forbidden("Only admins may re-enrol faces");
        }
        return me;
    }
}
