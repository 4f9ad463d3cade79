package app.attendance.web.checkin;

import app.attendance.web.api.ApiCallException;
import app.attendance.web.api.FormErrors;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /sessions/{id}/checkin-qr} (teacher): the session's current code as a QR image of
 * {@code <this site>/checkin?c=<code>}; {@code GET /checkin} (student): the confirm page;
 * {@code POST /checkin}: checks the student in and shows the outcome or the reason it was refused.
 */
@Controller
class CheckinController {

    /** Refusals with a message of their own ({@code checkin.error.<code>}); others show the API's text. */
    private static final Set<String> KNOWN_REFUSALS = Set.of("invalid-code", "code-expired", "not-your-session",
            "session-not-open", "checkin-not-allowed", "already-checked-in", "outside-window", "student-inactive");

    private final CheckinClient checkin;
    private final MessageSource messages;

    CheckinController(CheckinClient checkin, MessageSource messages) {
        this.checkin = checkin;
        this.messages = messages;
    }

    @GetMapping(value = "/sessions/{id}/checkin-qr", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable long id) {
        CheckinCode code = checkin.code(id);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/checkin")
                .queryParam("c", code.code()).build().toUriString();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.valueOf("image/svg+xml")).body(QrSvg.of(url));
    }

    @GetMapping("/checkin")
    String confirm(@RequestParam(name = "c", required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code == null || code.isBlank()) {
            model.addAttribute("refusalMessage", text("checkin.error.invalid-code"));
        }
        return "checkin/checkin";
    }

    @PostMapping("/checkin")
    String checkIn(@RequestParam(name = "c", required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code == null || code.isBlank()) {
            model.addAttribute("refusalMessage", text("checkin.error.invalid-code"));
            return "checkin/checkin";
        }
        try {
            model.addAttribute("result", checkin.checkIn(code));
        } catch (ApiCallException e) {
            if (e.status() >= 500 || e.is(401)) {
                throw e;
            }
            model.addAttribute("refusal", e.code());
            model.addAttribute("refusalMessage", KNOWN_REFUSALS.contains(e.code())
                    ? text("checkin.error." + e.code()) : FormErrors.message(e.problem()));
        }
        return "checkin/checkin";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
