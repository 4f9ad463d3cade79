package app.attendance.api.report.export;

import app.attendance.api.system.ApiException;
import java.util.Locale;
import org.springframework.http.MediaType;

/** The export formats of every report, with their media type and file extension. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx"), PDF("application/pdf", "pdf");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code csv|xlsx|pdf} (any case); anything else is a 400 {@code validation} problem. */
    public static ExportFormat parse(String value) {
        if (value != null) {
            for (ExportFormat f : values()) {
                if (f.extension.equals(value.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        throw ApiException.invalid("format", "must be one of csv, xlsx, pdf");
    }
}
