package app.attendance.api.report.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Vietnamese names
 * correctly) and CRLF line ends: one header line, then one line per row. Percentages are
 * written as numbers with one decimal under a header ending in {@code (%)}. Text starting with
 * {@code = + - @} is prefixed with an apostrophe so that no cell runs as a formula.
 */
@Component
public class CsvReportWriter implements ReportWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public void write(ReportTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        List<ReportColumn> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            ReportColumn c = columns.get(i);
            field(w, i, c.type() == ColumnType.PERCENT ? c.header() + " (%)" : c.header(), true);
        }
        w.write("\r\n");
        try {
            table.rows().forEachRow(row -> {
                try {
                    for (int i = 0; i < columns.size(); i++) {
                        ColumnType type = columns.get(i).type();
                        field(w, i, CellText.format(type, row.get(i)), type == ColumnType.TEXT);
                    }
                    w.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    private static void field(Writer w, int index, String text, boolean guardFormula) throws IOException {
        if (index > 0) {
            w.write(',');
        }
        String value = guardFormula && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            w.write('"');
            w.write(value.replace("\"", "\"\""));
            w.write('"');
        } else {
            w.write(value);
        }
    }
}
