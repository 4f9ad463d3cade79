package app.attendance.api.report.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link ReportTable} in one file format, streaming its rows to the output. */
public interface ReportWriter {

    /** The format this writer produces. */
    ExportFormat format();

    /** Writes the whole table to {@code out}; does not close {@code out}. */
    void write(ReportTable table, OutputStream out) throws IOException;
}
