package app.attendance.api.report.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Renders cell values as text the same way in every text format, so that CSV, PDF and the
 * screen agree: dates ISO-8601, times {@code HH:mm}, percentages with one decimal
 * (fraction 0.8754 gives {@code 87.5}), decimals with three.
 */
final class CellText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CellText() {
    }

    /** The value as text; the empty string for null. */
    static String format(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case PERCENT -> percent(((Number) value).doubleValue());
            case DECIMAL -> decimal(value, 3);
            case INTEGER -> String.valueOf(((Number) value).longValue());
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
            case TIME -> value instanceof LocalTime t ? TIME.format(t) : value.toString();
            case DATETIME -> value instanceof LocalDateTime t ? DATE_TIME.format(t) : value.toString();
            case TEXT -> value.toString();
        };
    }

    /** A fraction as a percentage with one decimal, half-up: 0.8754 gives "87.5". */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String decimal(Object value, int scale) {
        BigDecimal d = value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).doubleValue());
        return d.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
