package app.attendance.api.report.export;

import java.util.Objects;

/**
 * One column of a tabular report: its header and the type of its values.
 *
 * @param header text shown above the column
 * @param type type of the values (see {@link ColumnType} for the Java types expected)
 */
public record ReportColumn(String header, ColumnType type) {

    public ReportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
    }

    public static ReportColumn text(String header) {
        return new ReportColumn(header, ColumnType.TEXT);
    }

    public static ReportColumn integer(String header) {
        return new ReportColumn(header, ColumnType.INTEGER);
    }

    public static ReportColumn percent(String header) {
        return new ReportColumn(header, ColumnType.PERCENT);
    }

    public static ReportColumn date(String header) {
        return new ReportColumn(header, ColumnType.DATE);
    }

    public static ReportColumn time(String header) {
        return new ReportColumn(header, ColumnType.TIME);
    }

    public static ReportColumn dateTime(String header) {
        return new ReportColumn(header, ColumnType.DATETIME);
    }
}
