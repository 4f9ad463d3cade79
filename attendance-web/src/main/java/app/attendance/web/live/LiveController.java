package app.attendance.web.live;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.FormErrors;
import app.attendance.web.session.SessionClient;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * The live attendance page of one session. The browser posts webcam frames here (same origin,
 * CSRF header); they are relayed to the API with the teacher's token and the result goes back as
 * JSON for the overlay. The roster beside the camera is an htmx fragment refreshed by the page.
 */
@Controller
class LiveController {

    private final SessionClient sessions;
    private final LiveClient live;

    LiveController(SessionClient sessions, LiveClient live) {
        this.sessions = sessions;
        this.live = live;
    }

    @GetMapping("/sessions/{id}/live")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("lesson", sessions.get(id));
        return rosterModel(id, model, "live/live");
    }

    @GetMapping("/sessions/{id}/roster")
    String roster(@PathVariable long id, Model model) {
        return rosterModel(id, model, "live/live :: roster");
    }

    @PostMapping(value = "/sessions/{id}/frames", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> frame(@PathVariable long id, @RequestPart("image") MultipartFile image) throws IOException {
        byte[] jpeg = image.getBytes();
        return FrameRelay.relay(() -> live.frame(id, jpeg));
    }

    @PostMapping("/sessions/{id}/pending/{pendingId}/{decision:confirm|reject}")
    String decide(@PathVariable long id, @PathVariable long pendingId, @PathVariable String decision, Model model) {
        try {
            live.decide(id, pendingId, "confirm".equals(decision));
        } catch (ApiCallException e) {
            rethrowIfNotUserError(e);
            model.addAttribute("rosterError", FormErrors.message(e.problem()));
        }
        return rosterModel(id, model, "live/live :: roster");
    }

    @PostMapping("/sessions/{id}/attendance/{studentId}")
    String setStatus(@PathVariable long id, @PathVariable long studentId, @RequestParam String status,
            @RequestParam(required = false) String note, Model model) {
        try {
            live.setStatus(id, studentId, new LiveClient.StatusChange(status, note == null || note.isBlank() ? null
                    : note.trim()));
        } catch (ApiCallException e) {
            rethrowIfNotUserError(e);
            model.addAttribute("rosterError", FormErrors.message(e.problem()));
        }
        return rosterModel(id, model, "live/live :: roster");
    }

    private String rosterModel(long id, Model model, String view) {
        var roster = live.roster(id);
        model.addAttribute("sessionId", id);
        model.addAttribute("roster", roster);
        model.addAttribute("pending", live.pending(id));
        model.addAttribute("rosterCounts", RosterCounts.of(roster));
        return view;
    }

    private static void rethrowIfNotUserError(ApiCallException e) {
        if (e.status() >= 500 || e.is(401) || e.is(403)) {
            throw e;
        }
    }
}
