package app.attendance.api.report;

import app.attendance.api.datagen.StandaloneDatabase;
import app.attendance.api.report.export.CsvReportWriter;
import app.attendance.api.report.export.PdfReportWriter;
import app.attendance.api.report.export.ReportTable;
import app.attendance.api.report.export.ReportWriter;
import app.attendance.api.report.export.XlsxReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Times every report on a generated school and prints p50/p95/max (not a test: nothing is
 * asserted). Then exports the largest report (every record of the term) as CSV and XLSX into a
 * byte-counting sink, printing time, size, and heap before, during (peak) and after. Run by
 * {@code benchmark-reports.sh}.
 */
public final class ReportBenchmark {

    private static final int WARMUP = 3;

    private final int runs;

    private ReportBenchmark(int runs) {
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        try (StandaloneDatabase db = StandaloneDatabase.open(Path.of(".data", "bench-1m"))) {
            new ReportBenchmark(runs).run(db.dataSource());
        }
    }

    private void run(DataSource ds) throws IOException {
        ReportProperties props = new ReportProperties(0.8, 5, 30, 400, 2000, null);
        ReportJdbc jdbc = new ReportJdbc(ds, new DataSourceTransactionManager(ds), props);
        JdbcTemplate sql = new JdbcTemplate(ds);
        long records = sql.queryForObject("select count(*) from attendance_records", Long.class);
        if (records == 0) {
            throw new IllegalStateException("No attendance records: run generate-school.sh first");
        }
        LocalDate first = sql.queryForObject("select min(session_date) from sessions", LocalDate.class);
        LocalDate last = sql.queryForObject("select max(session_date) from sessions where status = 'CLOSED'",
                LocalDate.class);
        long classId = sql.queryForObject("select min(id) from classes", Long.class);
        long teacherId = sql.queryForObject("select homeroom_teacher_id from classes where id = ?", Long.class,
                classId);
        long studentId = sql.queryForObject("select min(id) from students where class_id = ?", Long.class, classId);
        long sessionId = sql.queryForObject("select max(id) from sessions where status = 'CLOSED' and class_id = ?",
                Long.class, classId);
        System.out.printf("School: %,d records, %,d students, %,d sessions, term %s to %s%n%n", records,
                sql.queryForObject("select count(*) from students", Long.class),
                sql.queryForObject("select count(*) from sessions", Long.class), first, last);

        SummaryReport summaries = new SummaryReport(jdbc);
        RateReport rates = new RateReport(jdbc);
        SessionSheetReport sheets = new SessionSheetReport(jdbc);
        ClassMatrixReport matrices = new ClassMatrixReport(jdbc);
        RecordReport recordReport = new RecordReport(jdbc);
        DayReport days = new DayReport(jdbc);
        ReportFilter term = new ReportFilter(null, null, null, first, last, null);
        ReportFilter month = new ReportFilter(null, null, null, last.minusDays(29), last, null);
        ReportFilter classTerm = new ReportFilter(classId, null, null, first, last, null);
        ReportScope all = ReportScope.ALL;
        ReportScope teacher = ReportScope.teacher(teacherId);

        System.out.printf("%-44s %8s %8s %8s %9s%n", "report", "p50 ms", "p95 ms", "max ms", "rows");
        time("summary per day, term, school", () -> summaries.summary(PeriodSummary.Period.DAY, term, all).rows()
                .size());
        time("summary per week, term, school", () -> summaries.summary(PeriodSummary.Period.WEEK, term, all).rows()
                .size());
        time("summary per month, term, school", () -> summaries.summary(PeriodSummary.Period.MONTH, term, all).rows()
                .size());
        time("summary per day, term, one class", () -> summaries.summary(PeriodSummary.Period.DAY, classTerm, all)
                .rows().size());
        for (RateBreakdown.Dimension d : RateBreakdown.Dimension.values()) {
            time("rates per " + d.name().toLowerCase() + ", term, school", () -> rates.rates(d, term, all).rows()
                    .size());
        }
        time("rates per student, 30 days, school", () -> rates.rates(RateBreakdown.Dimension.STUDENT, month, all).rows()
                .size());
        time("rates per class, term, teacher scope", () -> rates.rates(RateBreakdown.Dimension.CLASS, term, teacher)
                .rows().size());
        time("at-risk, 30 days, school", () -> rates.atRisk(month, all, 0.8, 5).size());
        time("at-risk, term, school", () -> rates.atRisk(term, all, 0.8, 5).size());
        time("at-risk count, 30 days, school", () -> (int) rates.atRiskCount(month, all, 0.8, 5));
        time("session sheet", () -> sheets.sheet(sessionId, null).rows().size());
        time("class matrix, 30 days", () -> matrices.matrix(classId, month.withClass(classId)).students().size());
        time("class matrix, term", () -> matrices.matrix(classId, classTerm).students().size());
        time("student history, term", () -> recordReport.history(studentId, term).rows().size());
        time("records page 1 (20), term, school", () -> recordReport.page(term, all, 0, 20).size());
        time("records count, term, school", () -> (int) recordReport.count(term, all));
        time("dashboard: sessions of a day", () -> days.sessions(last, all).size());
        time("dashboard: week totals", () -> (int) days.totals(last.minusDays(6), last, all).counted());

        System.out.println();
        ReportTables tables = new ReportTables(ZoneId.of("UTC"));
        String exports = System.getProperty("bench.exports", "csv,xlsx,pdf");
        if (exports.contains("csv")) {
            export("CSV", new CsvReportWriter(), () -> tables.records(term,
                    sink -> recordReport.stream(term, all, r -> sink.accept(tables.recordCells(r)))));
        }
        if (exports.contains("xlsx")) {
            export("XLSX", new XlsxReportWriter(), () -> tables.records(term,
                    sink -> recordReport.stream(term, all, r -> sink.accept(tables.recordCells(r)))));
        }
        if (exports.contains("pdf")) {
            export("PDF (one class, term)", new PdfReportWriter(props.pdfFont()), () -> tables.records(classTerm,
                    sink -> recordReport.stream(classTerm, all, r -> sink.accept(tables.recordCells(r)))));
        }
    }

    private void time(String name, Supplier<Integer> report) {
        int rows = 0;
        for (int i = 0; i < WARMUP; i++) {
            rows = report.get();
        }
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            report.get();
            ms[i] = (System.nanoTime() - t0) / 1_000;
        }
        Arrays.sort(ms);
        String line = String.format("%-44s %8.1f %8.1f %8.1f %9d", name, ms[runs / 2] / 1000.0,
                ms[(int) Math.ceil(runs * 0.95) - 1] / 1000.0, ms[runs - 1] / 1000.0, rows);
        System.out.println(line);
    }

    private static void export(String name, ReportWriter writer, Supplier<ReportTable> table) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        CountingSink sink = new CountingSink();
        long t0 = System.nanoTime();
        writer.write(table.get(), sink);
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("export %-22s %7.1f s %9.1f MB  heap before %6.1f MB, peak %6.1f MB, after %6.1f MB"
                + " (max heap %d MB)%n", name, seconds, sink.bytes / 1e6, before / 1e6, peak.get() / 1e6,
                after / 1e6, Runtime.getRuntime().maxMemory() / (1 << 20));
    }

    /** Discards bytes, counting them. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
