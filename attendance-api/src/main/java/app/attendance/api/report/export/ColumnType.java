package app.attendance.api.report.export;

/**
 * How a column's values are typed, so that spreadsheets get real numbers and dates.
 * {@link #PERCENT} values are fractions (0.875 means 87.5 %), or {@code null} when undefined.
 */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, PERCENT, DATE, TIME, DATETIME
}
