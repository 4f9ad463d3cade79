package app.attendance.web.kiosk;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.ApiUnavailableException;
import app.attendance.web.live.FrameRelay;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * Kiosk mode. An admin types the device key once; it is checked with the API and kept in this
 * browser's server-side session only (the page never sees it again). Frames are relayed with the
 * key; the API finds the session that the timetable says is running for the device.
 */
@Controller
class KioskController {

    static final String SESSION_KEY = KioskController.class.getName() + ".deviceKey";

    private final KioskClient kiosk;

    KioskController(KioskClient kiosk) {
        this.kiosk = kiosk;
    }

    @GetMapping("/kiosk")
    String page(HttpServletRequest request, Model model) {
        String key = key(request.getSession(false));
        if (key == null) {
            return "kiosk/setup";
        }
        try {
            JsonNode me = kiosk.me(key);
            model.addAttribute("deviceName", text(me, "device", "name"));
            model.addAttribute("sessionTitle", sessionTitle(me.get("session")));
        } catch (ApiCallException e) {
            if (e.is(401) || e.is(403)) {
                request.getSession().removeAttribute(SESSION_KEY);
                model.addAttribute("keyError", "kiosk.keyRejected");
                return "kiosk/setup";
            }
            model.addAttribute("deviceName", "");
        } catch (ApiUnavailableException e) {
            model.addAttribute("apiDown", true);
        }
        return "kiosk/kiosk";
    }

    @PostMapping("/kiosk")
    String setKey(@RequestParam String key, HttpServletRequest request, Model model) {
        String trimmed = key.trim();
        try {
            kiosk.me(trimmed);
        } catch (ApiCallException e) {
            model.addAttribute("keyError", "kiosk.keyRejected");
            return "kiosk/setup";
        } catch (ApiUnavailableException e) {
            model.addAttribute("keyError", "error.api.down");
            return "kiosk/setup";
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY, trimmed);
        return "redirect:/kiosk";
    }

    @PostMapping("/kiosk/forget")
    String forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/kiosk";
    }

    @PostMapping(value = "/kiosk/frames", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> frame(@RequestPart("image") MultipartFile image, HttpServletRequest request) throws IOException {
        String key = key(request.getSession(false));
        if (key == null) {
            return ResponseEntity.status(401).body(Map.of("code", "no-device-key", "message", ""));
        }
        byte[] jpeg = image.getBytes();
        return FrameRelay.relay(() -> kiosk.frame(key, jpeg));
    }

    private static String key(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(SESSION_KEY);
    }

    private static String sessionTitle(JsonNode session) {
        if (session == null || session.isNull() || session.isMissingNode()) {
            return null;
        }
        return text(session, "subjectName") + " · " + text(session, "className") + " · "
                + text(session, "startTime") + "–" + text(session, "endTime");
    }

    private static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n == null ? null : n.get(p);
        }
        return n == null || n.isNull() ? "" : n.asString();
    }
}
