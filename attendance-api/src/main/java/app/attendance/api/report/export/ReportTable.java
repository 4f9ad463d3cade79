package app.attendance.api.report.export;

import java.util.List;
import java.util.Objects;

/**
 * A report ready for export: a title, a few lines describing it (filters, period, the rate
 * definition), typed columns and a source of rows.
 *
 * @param title report title, also the sheet name and the file name stem
 * @param notes lines printed under the title
 * @param columns the columns, in order
 * @param rows the rows, streamed
 */
public record ReportTable(String title, List<String> notes, List<ReportColumn> columns, RowSource rows) {

    public ReportTable {
        Objects.requireNonNull(title, "title");
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }
}
