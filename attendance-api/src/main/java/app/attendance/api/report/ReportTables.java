package app.attendance.api.report;

import app.attendance.api.report.export.ReportColumn;
import app.attendance.api.report.export.ReportTable;
import app.attendance.api.report.export.RowSource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns each report into a {@link ReportTable} for export, from the very objects the JSON endpoints
 * return, so that a file always shows the numbers of the screen. Times are shown in the school's
 * zone.
 */
final class ReportTables {

    static final String RATE_NOTE = "Rate = (present + late) / (present + late + absent); "
            + "excused records and students without a record are not counted.";

    private final ZoneId zone;

    ReportTables(ZoneId zone) {
        this.zone = zone;
    }

    private static final List<ReportColumn> COUNT_COLUMNS = List.of(ReportColumn.integer("Present"),
            ReportColumn.integer("Late"), ReportColumn.integer("Absent"), ReportColumn.integer("Excused"),
            ReportColumn.percent("Rate"));

    private static List<Object> counts(Counts c) {
        return Arrays.asList(c.present(), c.late(), c.absent(), c.excused(), c.rate());
    }

    private static List<ReportColumn> with(List<ReportColumn> first, List<ReportColumn> rest) {
        List<ReportColumn> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    private static List<Object> row(List<Object> first, List<Object> rest) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    ReportTable summary(PeriodSummary s) {
        List<List<Object>> rows = new ArrayList<>();
        s.rows().forEach(r -> rows.add(row(Arrays.asList(r.start(), r.sessions()), counts(r.counts()))));
        rows.add(row(Arrays.asList(null, null), counts(s.totals())));
        return new ReportTable("Attendance per " + s.period().name().toLowerCase(),
                List.of(range(s.from(), s.to()), "Last row: totals of the range.", RATE_NOTE),
                with(List.of(ReportColumn.date("Period start"), ReportColumn.integer("Sessions")), COUNT_COLUMNS),
                RowSource.of(rows));
    }

    ReportTable rates(RateBreakdown r) {
        boolean students = r.by() == RateBreakdown.Dimension.STUDENT;
        return breakdown("Attendance rate per " + r.by().name().toLowerCase(), List.of(range(r.from(), r.to()),
                RATE_NOTE), r.rows(), students);
    }

    ReportTable atRisk(AtRiskList list) {
        return breakdown("Students at risk", List.of(range(list.from(), list.to()),
                "Below " + Math.round(list.threshold() * 1000) / 10.0 + " % with at least " + list.minCounted()
                        + " counted records.", RATE_NOTE), list.rows(), true);
    }

    private ReportTable breakdown(String title, List<String> notes, List<RateBreakdown.Row> rows, boolean students) {
        List<ReportColumn> head = new ArrayList<>(List.of(ReportColumn.text("Code"), ReportColumn.text("Name")));
        if (students) {
            head.add(ReportColumn.text("Class"));
        }
        head.add(ReportColumn.integer("Sessions"));
        List<List<Object>> data = rows.stream().map(r -> {
            List<Object> first = new ArrayList<>(Arrays.asList(r.code(), r.name()));
            if (students) {
                first.add(r.className());
            }
            first.add(r.sessions());
            return row(first, counts(r.counts()));
        }).toList();
        return new ReportTable(title, notes, with(head, COUNT_COLUMNS), RowSource.of(data));
    }

    ReportTable sheet(SessionSheet s) {
        SessionSheet.Header h = s.session();
        List<List<Object>> rows = s.rows().stream().map(r -> Arrays.<Object>asList(r.studentCode(), r.fullName(),
                r.status(), local(r.firstSeenAt()), r.source(), r.similarity(), r.note())).toList();
        return new ReportTable("Session " + h.className() + " " + h.date(), List.of(
                h.className() + " · " + h.subjectName() + " · " + h.teacherName() + " · " + h.date() + " "
                        + h.startTime() + "–" + h.endTime() + " · " + h.status(),
                "Present " + s.counts().present() + ", late " + s.counts().late() + ", absent " + s.counts().absent()
                        + ", excused " + s.counts().excused() + ", unmarked " + s.unmarked()),
                List.of(ReportColumn.text("Code"), ReportColumn.text("Student"), ReportColumn.text("Status"),
                        ReportColumn.dateTime("First seen"), ReportColumn.text("Source"),
                        new ReportColumn("Similarity", app.attendance.api.report.export.ColumnType.DECIMAL),
                        ReportColumn.text("Note")),
                RowSource.of(rows));
    }

    ReportTable matrix(ClassMatrix m) {
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text("Code"), ReportColumn.text("Student")));
        m.sessions().forEach(c -> columns.add(ReportColumn.text(
                c.date().getMonthValue() + "/" + c.date().getDayOfMonth() + " " + c.startTime() + " " + c
                        .subjectCode())));
        columns.addAll(COUNT_COLUMNS);
        List<List<Object>> rows = m.students().stream().map(r -> {
            List<Object> cells = new ArrayList<>(Arrays.asList(r.studentCode(), r.fullName()));
            cells.addAll(r.cells());
            cells.addAll(counts(r.counts()));
            return cells;
        }).toList();
        return new ReportTable("Class " + m.className(), List.of(range(m.from(), m.to()),
                "P present, L late, A absent, E excused, empty: no record.", RATE_NOTE), columns, RowSource.of(rows));
    }

    ReportTable history(StudentHistory h) {
        Counts c = h.counts();
        return new ReportTable(h.fullName() + " " + h.studentCode(), List.of(h.className() + " · " + range(h.from(), h
                .to()),
                "Present " + c.present() + ", late " + c.late() + ", absent " + c.absent() + ", excused " + c.excused()
                        + ", rate " + (c.rate() == null ? "–" : percent(c.rate()) + " %"), RATE_NOTE),
                recordColumns(), RowSource.of(h.rows().stream().map(this::recordCells).toList()));
    }

    ReportTable records(ReportFilter filter, RowSource rows) {
        return new ReportTable("Attendance records", List.of(range(filter.from(), filter.to())), recordColumns(), rows);
    }

    static List<ReportColumn> recordColumns() {
        return List.of(ReportColumn.date("Date"), ReportColumn.time("Start"), ReportColumn.text("Class"),
                ReportColumn.text("Subject"), ReportColumn.text("Teacher"), ReportColumn.text("Code"),
                ReportColumn.text("Student"), ReportColumn.text("Status"), ReportColumn.dateTime("First seen"),
                ReportColumn.text("Source"), ReportColumn.text("Note"));
    }

    List<Object> recordCells(RecordRow r) {
        return Arrays.asList(r.date(), r.startTime(), r.className(), r.subjectName(), r.teacherName(), r.studentCode(),
                r.studentName(), r.status(), local(r.firstSeenAt()), r.source(), r.note());
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static String range(java.time.LocalDate from, java.time.LocalDate to) {
        return from + " – " + to;
    }

    private static String percent(double fraction) {
        return java.math.BigDecimal.valueOf(fraction).movePointRight(2)
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
