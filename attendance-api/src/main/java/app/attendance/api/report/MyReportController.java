package app.attendance.api.report;

import app.attendance.api.attendance.AttendanceStatus;
import app.attendance.api.user.CurrentUser;
import app.attendance.api.report.export.ExportFormat;
import app.attendance.api.system.ApiException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me/report/history}: the signed-in student's own history (STUDENT only, by route). */
@RestController
@RequestMapping("/api/me/report")
class MyReportController {

    private final ReportService reports;
    private final ReportExporter exporter;

    MyReportController(ReportService reports, ReportExporter exporter) {
        this.reports = reports;
        this.exporter = exporter;
    }

    @GetMapping("/history")
    StudentHistory history(@RequestParam(required = false) AttendanceStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        Long me = CurrentUser.get().studentId();
        if (me == null) {
            throw ApiException.forbidden("Only a student has an own history");
        }
        return reports.history(me, new ReportFilter(null, null, null, from, to, status));
    }

    @GetMapping("/history/export")
    void historyExport(HttpServletResponse response, @RequestParam String format,
            @RequestParam(required = false) AttendanceStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().history(history(status, from, to)), response);
    }
}
