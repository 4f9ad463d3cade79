package app.attendance.web.me;

import app.attendance.web.api.ApiClient;
import app.attendance.web.auth.ApiUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The signed-in student's own attendance ({@code GET /api/me/attendance}) with totals per status. */
@Controller
class MyAttendanceController {

    private final ApiClient api;
    private final JsonMapper json;

    MyAttendanceController(ApiClient api, JsonMapper json) {
        this.api = api;
        this.json = json;
    }

    @GetMapping("/me")
    String page(@AuthenticationPrincipal ApiUser user, Model model) {
        JsonNode answer = api.call(r -> r.get().uri("/api/me/attendance").retrieve().body(JsonNode.class));
        // The list may come bare or as a page; accept both.
        JsonNode items = answer != null && answer.has("content") ? answer.get("content") : answer;
        List<MyRecord> records = new ArrayList<>();
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                records.add(json.treeToValue(item, MyRecord.class));
            }
        }
        Map<String, Integer> totals = new TreeMap<>();
        records.forEach(r -> totals.merge(r.status() == null ? "NONE" : r.status(), 1, Integer::sum));
        int attended = totals.getOrDefault("PRESENT", 0) + totals.getOrDefault("LATE", 0);
        model.addAttribute("user", user);
        model.addAttribute("records", records);
        model.addAttribute("totals", totals);
        model.addAttribute("rate", records.isEmpty() ? null : Math.round(100.0 * attended / records.size()));
        return "me/attendance";
    }
}
