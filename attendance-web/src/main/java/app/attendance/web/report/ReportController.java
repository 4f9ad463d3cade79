package app.attendance.web.report;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report pages. Each reads one report from the API with the page's filters (the API applies
 * the user's access: a teacher sees their classes, a student their own history) and offers the
 * same report as CSV, XLSX and PDF through {@code /reports/export/...}, relayed from the API.
 */
@Controller
class ReportController {

    private static final Map<String, String> EXPORTS = Map.of(
            "summary", "/api/reports/summary/export", "rates", "/api/reports/rates/export",
            "at-risk", "/api/reports/at-risk/export", "records", "/api/reports/records/export",
            "me", "/api/me/report/history/export");
    private static final Map<String, String> EXPORTS_BY_ID = Map.of(
            "classes", "/api/reports/classes/%d/matrix/export", "sessions", "/api/reports/sessions/%d/export",
            "students", "/api/reports/students/%d/history/export");

    private final ReportClient reports;
    private final JsonMapper json;
    private final MessageSource messages;

    ReportController(ReportClient reports, JsonMapper json, MessageSource messages) {
        this.reports = reports;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String overview(ReportQuery q, Model model, Locale locale) {
        ReportData.Summary summary = reports.summary(q);
        ReportData.Rates classes = reports.rates(q.groupedBy("CLASS"));
        model.addAttribute("q", q);
        model.addAttribute("summary", summary);
        model.addAttribute("classes", classes);
        model.addAttribute("atRisk", reports.atRisk(q));
        model.addAttribute("trendChart", ChartData.trend(json, summary));
        model.addAttribute("classChart", ChartData.rates(json, classes));
        model.addAttribute("statusChart", ChartData.distribution(json, summary.totals(), List.of(
                messages.getMessage("report.status.PRESENT", null, locale),
                messages.getMessage("report.status.LATE", null, locale),
                messages.getMessage("report.status.ABSENT", null, locale),
                messages.getMessage("report.status.EXCUSED", null, locale))));
        return "report/overview";
    }

    @GetMapping("/reports/rates")
    String rates(ReportQuery q, Model model) {
        ReportQuery query = q.by() == null ? q.groupedBy("CLASS") : q;
        model.addAttribute("q", query);
        model.addAttribute("rates", reports.rates(query));
        return "report/rates";
    }

    @GetMapping("/reports/classes/{id}")
    String matrix(@PathVariable long id, ReportQuery q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("matrix", reports.matrix(id, q));
        return "report/matrix";
    }

    @GetMapping("/reports/sessions/{id}")
    String sheet(@PathVariable long id, ReportQuery q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sheet", reports.sheet(id, q));
        return "report/sheet";
    }

    @GetMapping("/reports/students/{id}")
    String history(@PathVariable long id, ReportQuery q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("history", reports.history(id, q));
        model.addAttribute("exportBase", "/reports/export/students/" + id);
        return "report/history";
    }

    @GetMapping("/reports/me")
    String myHistory(ReportQuery q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("history", reports.myHistory(q));
        model.addAttribute("exportBase", "/reports/export/me");
        return "report/history";
    }

    @GetMapping("/reports/export/{report}")
    void export(@PathVariable String report, @RequestParam String format, ReportQuery q,
            @RequestParam(required = false) Double threshold, HttpServletResponse response) {
        String path = EXPORTS.get(report);
        if (path == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        relay(path, format, q, threshold, response);
    }

    @GetMapping("/reports/export/{report}/{id}")
    void exportOne(@PathVariable String report, @PathVariable long id, @RequestParam String format, ReportQuery q,
            HttpServletResponse response) {
        String path = EXPORTS_BY_ID.get(report);
        if (path == null) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        relay(path.formatted(id), format, q, null, response);
    }

    private void relay(String path, String format, ReportQuery q, Double threshold, HttpServletResponse response) {
        Map<String, Object> params = new java.util.LinkedHashMap<>(q.params());
        params.put("format", format);
        if (threshold != null) {
            params.put("threshold", threshold);
        }
        reports.relay(path, params, response);
    }
}
