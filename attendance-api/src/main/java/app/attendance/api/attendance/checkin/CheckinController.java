package app.attendance.api.attendance.checkin;

import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.system.ApiException;
import app.attendance.api.user.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sessions/{id}/checkin-code} (the session's teacher or an admin) and
 * {@code POST /api/me/checkin} (a STUDENT, by route).
 */
@RestController
class CheckinController {

    private final Checkin checkin;
    private final AccessPolicy access;

    CheckinController(Checkin checkin, AccessPolicy access) {
        this.checkin = checkin;
        this.access = access;
    }

    @GetMapping("/api/sessions/{id}/checkin-code")
    public CheckinCode code(@PathVariable long id) {
        access.requireSession(id);
        return checkin.currentCode(id);
    }

    @PostMapping("/api/me/checkin")
    public CheckinResult checkIn(@Valid @RequestBody CheckinRequest request) {
        Long studentId = CurrentUser.get().studentId();
        if (studentId == null) {
            throw ApiException.forbidden("Only students check in");
        }
        return checkin.checkIn(studentId, request.code());
    }
}
