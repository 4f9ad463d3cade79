package app.attendance.web.audit;

import app.attendance.web.api.ListPage;
import app.attendance.web.config.SchoolTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first. Days are the school's days: "to" includes the whole last day. */
@Controller
class AuditController {

    /** The entity types attendance-api audits. */
    static final List<String> ENTITIES = List.of("attendance", "session", "student", "teacher", "class", "subject",
            "room", "timetable_slot", "device", "user");

    private final AuditClient audit;
    private final SchoolTime time;

    AuditController(AuditClient audit, SchoolTime time) {
        this.audit = audit;
        this.time = time;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String entity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String type = entity != null && ENTITIES.contains(entity) ? entity : null;
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("entity", type);
        filters.put("from", from);
        filters.put("to", to);
        ListPage.addTo(model, audit.page(type, from == null ? null : time.startOf(from),
                to == null ? null : time.startOf(to.plusDays(1)), page, ListPage.SIZE), "/audit", filters);
        model.addAttribute("entities", ENTITIES);
        model.addAttribute("entity", type);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/list";
    }
}
