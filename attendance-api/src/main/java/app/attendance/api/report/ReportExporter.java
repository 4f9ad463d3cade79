package app.attendance.api.report;

import app.attendance.api.report.export.ExportFormat;
import app.attendance.api.report.export.ReportTable;
import app.attendance.api.report.export.ReportWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Answers an export request: the writer of the format streams the table straight into the
 * response (no file, no buffer), as an attachment named after the report. Written on the request
 * thread, so a long export is not cut by an async request timeout; everything that can fail with
 * a problem (access, filters) has been checked before the first byte.
 */
@Component
class ReportExporter {

    private final Map<ExportFormat, ReportWriter> writers = new EnumMap<>(ExportFormat.class);

    ReportExporter(List<ReportWriter> writers) {
        writers.forEach(w -> this.writers.put(w.format(), w));
    }

    void export(ExportFormat format, ReportTable table, HttpServletResponse response) throws IOException {
        ReportWriter writer = writers.get(format);
        String name = fileStem(table.title()) + "." + format.extension();
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        writer.write(table, response.getOutputStream());
        response.flushBuffer();
    }

    /** An ASCII file name stem: accents removed, anything else turned into dashes. */
    static String fileStem(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('Đ', 'D').replace('đ', 'd');
        String stem = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase();
        return stem.isEmpty() ? "report" : stem;
    }
}
