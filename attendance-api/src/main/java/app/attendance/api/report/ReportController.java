package app.attendance.api.report;

import app.attendance.api.attendance.AttendanceStatus;
import app.attendance.api.report.export.ExportFormat;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/reports}: every report as JSON, and at {@code .../export?format=csv|xlsx|pdf} as a
 * streamed file with the same numbers. Routes are open to ADMIN and TEACHER (security config);
 * row-level access (a teacher's own classes) is applied by {@link ReportService}.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ReportService reports;
    private final ReportExporter exporter;

    ReportController(ReportService reports, ReportExporter exporter) {
        this.reports = reports;
        this.exporter = exporter;
    }

    @GetMapping("/summary")
    PeriodSummary summary(@RequestParam(defaultValue = "DAY") PeriodSummary.Period period,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return reports.summary(period, new ReportFilter(classId, subjectId, teacherId, from, to, null));
    }

    @GetMapping("/summary/export")
    void summaryExport(HttpServletResponse response, @RequestParam String format,
            @RequestParam(defaultValue = "DAY") PeriodSummary.Period period,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().summary(summary(period, classId, subjectId, teacherId, from, to)), response);
    }

    @GetMapping("/rates")
    RateBreakdown rates(@RequestParam(defaultValue = "CLASS") RateBreakdown.Dimension by,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return reports.rates(by, new ReportFilter(classId, subjectId, teacherId, from, to, null));
    }

    @GetMapping("/rates/export")
    void ratesExport(HttpServletResponse response, @RequestParam String format,
            @RequestParam(defaultValue = "CLASS") RateBreakdown.Dimension by,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().rates(rates(by, classId, subjectId, teacherId, from, to)), response);
    }

    @GetMapping("/at-risk")
    AtRiskList atRisk(@RequestParam(required = false) Double threshold,
            @RequestParam(required = false) Integer minCounted,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return reports.atRisk(new ReportFilter(classId, subjectId, teacherId, from, to, null), threshold, minCounted);
    }

    @GetMapping("/at-risk/export")
    void atRiskExport(HttpServletResponse response, @RequestParam String format,
            @RequestParam(required = false) Double threshold, @RequestParam(required = false) Integer minCounted,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().atRisk(
                atRisk(threshold, minCounted, classId, subjectId, teacherId, from, to)), response);
    }

    @GetMapping("/sessions/{id}")
    SessionSheet sheet(@PathVariable long id, @RequestParam(required = false) AttendanceStatus status) {
        return reports.sheet(id, status == null ? null : status.name());
    }

    @GetMapping("/sessions/{id}/export")
    void sheetExport(HttpServletResponse response, @PathVariable long id, @RequestParam String format,
            @RequestParam(required = false) AttendanceStatus status) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().sheet(sheet(id, status)), response);
    }

    @GetMapping("/classes/{id}/matrix")
    ClassMatrix matrix(@PathVariable long id, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return reports.matrix(id, new ReportFilter(id, subjectId, teacherId, from, to, null));
    }

    @GetMapping("/classes/{id}/matrix/export")
    void matrixExport(HttpServletResponse response, @PathVariable long id, @RequestParam String format,
            @RequestParam(required = false) Long subjectId, @RequestParam(required = false) Long teacherId,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().matrix(matrix(id, subjectId, teacherId, from, to)), response);
    }

    @GetMapping("/students/{id}/history")
    StudentHistory history(@PathVariable long id, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) AttendanceStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return reports.history(id, new ReportFilter(null, subjectId, null, from, to, status));
    }

    @GetMapping("/students/{id}/history/export")
    void historyExport(HttpServletResponse response, @PathVariable long id, @RequestParam String format,
            @RequestParam(required = false) Long subjectId, @RequestParam(required = false) AttendanceStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().history(history(id, subjectId, status, from, to)), response);
    }

    @GetMapping("/records")
    RecordPage records(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId, @RequestParam(required = false) AttendanceStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return reports.records(new ReportFilter(classId, subjectId, teacherId, from, to, status), page, size);
    }

    @GetMapping("/records/export")
    void recordsExport(HttpServletResponse response, @RequestParam String format,
            @RequestParam(required = false) Long classId, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) Long teacherId, @RequestParam(required = false) AttendanceStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.recordsTable(new ReportFilter(classId, subjectId, teacherId, from, to, status)), response);
    }
}
