package app.attendance.api.report;

import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.report.export.ReportTable;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.SchoolProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The reports as the API serves them: applies the caller's access (ADMIN everything, TEACHER their
 * classes, STUDENT their own history), fills default date ranges, and hands out both the JSON
 * objects and their export tables.
 */
@Service
public class ReportService {

    private final SummaryReport summaries;
    private final RateReport rates;
    private final SessionSheetReport sheets;
    private final ClassMatrixReport matrices;
    private final RecordReport records;
    private final DayReport days;
    private final AccessPolicy access;
    private final ReportProperties properties;
    private final SchoolProperties school;
    private final Clock clock;
    private final ReportTables tables;

    ReportService(SummaryReport summaries, RateReport rates, SessionSheetReport sheets, ClassMatrixReport matrices,
            RecordReport records, DayReport days, AccessPolicy access, ReportProperties properties,
            SchoolProperties school,
            Clock clock) {
        this.summaries = summaries;
        this.rates = rates;
        this.sheets = sheets;
        this.matrices = matrices;
        this.records = records;
        this.days = days;
        this.access = access;
        this.properties = properties;
        this.school = school;
        this.clock = clock;
        this.tables = new ReportTables(school.zone());
    }

    /** Today in the school's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(school.zone()));
    }

    public PeriodSummary summary(PeriodSummary.Period period, ReportFilter filter) {
        ReportFilter f = checked(filter);
        return summaries.summary(period, f, scope());
    }

    public RateBreakdown rates(RateBreakdown.Dimension by, ReportFilter filter) {
        ReportFilter f = checked(filter);
        return rates.rates(by, f, scope());
    }

    public AtRiskList atRisk(ReportFilter filter, Double threshold, Integer minCounted) {
        ReportFilter f = checked(filter);
        double t = threshold != null ? threshold : properties.atRiskRate();
        int min = minCounted != null ? minCounted : properties.atRiskMinCounted();
        if (t < 0 || t > 1) {
            throw ApiException.invalid("threshold", "must be between 0 and 1");
        }
        if (min < 1) {
            throw ApiException.invalid("minCounted", "must be at least 1");
        }
        return new AtRiskList(t, min, f.from(), f.to(), rates.atRisk(f, scope(), t, min));
    }

    /**
     * The whole school's at-risk list over the configured window ending today, with the configured
     * threshold; unscoped, for background jobs (notifications, dashboard counts).
     */
    public AtRiskList schoolAtRisk() {
        LocalDate to = today();
        LocalDate from = to.minusDays(properties.atRiskDays() - 1L);
        ReportFilter f = new ReportFilter(null, null, null, from, to, null);
        return new AtRiskList(properties.atRiskRate(), properties.atRiskMinCounted(), from, to,
                rates.atRisk(f, ReportScope.ALL, properties.atRiskRate(), properties.atRiskMinCounted()));
    }

    /** The caller's sessions of {@code day} with live counts. */
    public List<DaySession> sessionsOn(LocalDate day) {
        return days.sessions(day, scope());
    }

    /** Counts and rate of the caller's sessions between two days, inclusive. */
    public Counts totals(LocalDate from, LocalDate to) {
        return days.totals(from, to, scope());
    }

    /** How many of the caller's students are at risk over the configured window ending today. */
    public long atRiskCount() {
        LocalDate to = today();
        ReportFilter f = new ReportFilter(null, null, null, to.minusDays(properties.atRiskDays() - 1L), to, null);
        return rates.atRiskCount(f, scope(), properties.atRiskRate(), properties.atRiskMinCounted());
    }

    /** The at-risk rate in force (fraction). */
    public double atRiskRate() {
        return properties.atRiskRate();
    }

    public SessionSheet sheet(long sessionId, String status) {
        access.requireSession(sessionId);
        return sheets.sheet(sessionId, status);
    }

    public ClassMatrix matrix(long classId, ReportFilter filter) {
        access.requireClass(classId);
        return matrices.matrix(classId, resolve(filter));
    }

    public StudentHistory history(long studentId, ReportFilter filter) {
        access.requireStudentRead(studentId);
        return records.history(studentId, resolve(filter));
    }

    public RecordPage records(ReportFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ApiException.invalid("size", "page must be >= 0 and size between 1 and 200");
        }
        ReportFilter f = checked(filter);
        ReportScope scope = scope();
        long total = records.count(f, scope);
        return new RecordPage(records.page(f, scope, page, size), page, size, total, (int) ((total + size - 1) / size));
    }

    /** The records report streamed for export: checks access now, reads the cursor when written. */
    public ReportTable recordsTable(ReportFilter filter) {
        ReportFilter f = checked(filter);
        ReportScope scope = scope();
        return tables.records(f, sink -> records.stream(f, scope, row -> sink.accept(tables.recordCells(row))));
    }

    /** Export tables of the other reports, built from the objects above. */
    ReportTables tables() {
        return tables;
    }

    private ReportFilter checked(ReportFilter filter) {
        if (filter.classId() != null) {
            access.requireClass(filter.classId());
        }
        return resolve(filter);
    }

    private ReportFilter resolve(ReportFilter filter) {
        return filter.resolve(today(), properties.atRiskDays(), properties.maxRangeDays());
    }

    private ReportScope scope() {
        Long teacherId = access.teacherScope();
        return teacherId == null ? ReportScope.ALL : ReportScope.teacher(teacherId);
    }
}
