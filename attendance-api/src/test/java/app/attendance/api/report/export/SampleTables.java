package app.attendance.api.report.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small report with every column type and the awkward values a writer must survive. */
final class SampleTables {

    static final List<ReportColumn> COLUMNS = List.of(
            ReportColumn.text("Student"), ReportColumn.integer("Present"), ReportColumn.percent("Rate"),
            ReportColumn.date("Date"), ReportColumn.time("Start"), ReportColumn.dateTime("First seen"),
            new ReportColumn("Similarity", ColumnType.DECIMAL));

    static final List<List<Object>> ROWS = List.of(
            Arrays.asList("Nguyễn Thị Ánh, 10A1", 7L, 0.875, LocalDate.of(2026, 11, 24), LocalTime.of(8, 0),
                    LocalDateTime.of(2026, 11, 24, 8, 3, 12), 0.61234),
            Arrays.asList("=HYPERLINK(\"x\")", 0L, null, null, null, null, null),
            Arrays.asList("Trần \"Bé\" Đức", 12L, 2.0 / 3, LocalDate.of(2026, 12, 1), LocalTime.of(13, 45),
                    LocalDateTime.of(2026, 12, 1, 13, 50, 0), 0.5));

    private SampleTables() {
    }

    static ReportTable sample() {
        return new ReportTable("Class 10A1: November", List.of("Rate = (present + late) / (present + late + absent)"),
                COLUMNS, RowSource.of(ROWS));
    }

    /** {@code n} generated rows of the same columns. */
    static ReportTable many(int n) {
        RowSource rows = sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(new ArrayList<>(Arrays.asList("Student " + i, (long) i, (i % 100) / 100.0,
                        LocalDate.of(2026, 9, 1).plusDays(i % 90), LocalTime.of(7 + i % 8, 0),
                        LocalDateTime.of(2026, 9, 1, 7, 0).plusMinutes(i), 0.5)));
            }
        };
        return new ReportTable("Many rows", List.of(), COLUMNS, rows);
    }
}
