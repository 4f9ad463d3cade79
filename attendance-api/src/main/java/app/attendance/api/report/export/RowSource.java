package app.attendance.api.report.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * Pushes a report's rows, one at a time, to a sink (typically straight from a database cursor),
 * so that no writer ever needs the whole report in memory. Values follow the column types:
 * TEXT any object (written with {@code toString}), INTEGER and DECIMAL {@link Number},
 * PERCENT a {@link Number} fraction, DATE {@link java.time.LocalDate}, TIME
 * {@link java.time.LocalTime}, DATETIME {@link java.time.LocalDateTime}; any value may be null.
 */
@FunctionalInterface
public interface RowSource {

    /** Emits every row, in order, to {@code sink}. */
    void forEachRow(Consumer<List<?>> sink);

    /** A source over rows already in memory (small reports and tests). */
    static RowSource of(List<? extends List<?>> rows) {
        return sink -> rows.forEach(sink);
    }
}
