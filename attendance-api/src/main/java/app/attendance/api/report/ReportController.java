package app.attendance.api.report;

import app.attendance.api.attendance.AttendanceStatus;
import app.attendance.api.report.export.ExportFormat;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/reports}: every report as JSON, and at {@code .../export?format=csv|xlsx|pdf} as a
 * streamed file with the same numbers. Routes are open to ADMIN and TEACHER (security config);
 * row-level access (a teacher's own classes) is applied by {@link ReportService}. The filters of
 * every report bind to one record, {@link ReportFilter}, from the query string.
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
            @ParameterObject ReportFilter filter) {
        return reports.summary(period, filter.withoutStatus());
    }

    @GetMapping("/summary/export")
    void summaryExport(HttpServletResponse response, @RequestParam String format,
            @RequestParam(defaultValue = "DAY") PeriodSummary.Period period, @ParameterObject ReportFilter filter)
            throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().summary(summary(period, filter)), response);
    }

    @GetMapping("/rates")
    RateBreakdown rates(@RequestParam(defaultValue = "CLASS") RateBreakdown.Dimension by,
            @ParameterObject ReportFilter filter) {
        return reports.rates(by, filter.withoutStatus());
    }

    @GetMapping("/rates/export")
    void ratesExport(HttpServletResponse response, @RequestParam String format,
            @RequestParam(defaultValue = "CLASS") RateBreakdown.Dimension by, @ParameterObject ReportFilter filter)
            throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().rates(rates(by, filter)), response);
    }

    @GetMapping("/at-risk")
    AtRiskList atRisk(@RequestParam(required = false) Double threshold,
            @RequestParam(required = false) Integer minCounted, @ParameterObject ReportFilter filter) {
        return reports.atRisk(filter.withoutStatus(), threshold, minCounted);
    }

    @GetMapping("/at-risk/export")
    void atRiskExport(HttpServletResponse response, @RequestParam String format,
            @RequestParam(required = false) Double threshold, @RequestParam(required = false) Integer minCounted,
            @ParameterObject ReportFilter filter) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().atRisk(atRisk(threshold, minCounted, filter)), response);
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
    ClassMatrix matrix(@PathVariable long id, @ParameterObject ReportFilter filter) {
        return reports.matrix(id, filter.forClass(id));
    }

    @GetMapping("/classes/{id}/matrix/export")
    void matrixExport(HttpServletResponse response, @PathVariable long id, @RequestParam String format,
            @ParameterObject ReportFilter filter) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().matrix(matrix(id, filter)), response);
    }

    @GetMapping("/students/{id}/history")
    StudentHistory history(@PathVariable long id, @ParameterObject ReportFilter filter) {
        return reports.history(id, filter.forStudentHistory());
    }

    @GetMapping("/students/{id}/history/export")
    void historyExport(HttpServletResponse response, @PathVariable long id, @RequestParam String format,
            @ParameterObject ReportFilter filter) throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.tables().history(history(id, filter)), response);
    }

    @GetMapping("/records")
    RecordPage records(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @ParameterObject ReportFilter filter) {
        return reports.records(filter, page, size);
    }

    @GetMapping("/records/export")
    void recordsExport(HttpServletResponse response, @RequestParam String format, @ParameterObject ReportFilter filter)
            throws IOException {
        ExportFormat f = ExportFormat.parse(format);
        exporter.export(f, reports.recordsTable(filter), response);
    }
}
