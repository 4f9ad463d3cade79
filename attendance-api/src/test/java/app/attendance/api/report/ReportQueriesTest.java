package app.attendance.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.attendance.api.attendance.AttendanceStatus;
import app.attendance.api.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every report against the hand-computed numbers of {@link ReportFixture}, on real PostgreSQL. */
@IntegrationTest
class ReportQueriesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SummaryReport summaries;
    @Autowired
    RateReport rates;
    @Autowired
    SessionSheetReport sheets;
    @Autowired
    ClassMatrixReport matrices;
    @Autowired
    RecordReport records;

    ReportFixture f;
    ReportFilter range;

    @BeforeEach
    void setUp() {
        f = new ReportFixture(jdbc);
        range = new ReportFilter(f.classId, null, null, ReportFixture.MONDAY, ReportFixture.MONDAY.plusDays(8), null);
    }

    @Test
    void dailySummaryCountsEveryStatusAndKeepsEmptyDays() {
        PeriodSummary s = summaries.summary(PeriodSummary.Period.DAY, range, ReportScope.ALL);

        assertThat(s.totals()).isEqualTo(Counts.of(3, 2, 4, 2));
        assertThat(s.totals().rate()).isEqualTo(5.0 / 9);
        assertThat(s.rows()).hasSize(9);
        assertThat(s.rows().get(0).sessions()).isEqualTo(2);
        assertThat(s.rows().get(0).counts()).isEqualTo(Counts.of(1, 2, 3, 1));
        assertThat(s.rows().get(0).counts().rate()).isEqualTo(0.5);
        assertThat(s.rows().get(1).sessions()).isEqualTo(1);
        assertThat(s.rows().get(1).counts().rate()).isNull();
        assertThat(s.rows().get(2).sessions()).isZero();
        assertThat(s.rows().get(7).counts()).isEqualTo(Counts.of(2, 0, 1, 1));
        assertThat(s.rows().get(7).counts().rate()).isEqualTo(2.0 / 3);
    }

    @Test
    void weeklyAndMonthlySummariesStartOnMondayAndTheFirst() {
        PeriodSummary weeks = summaries.summary(PeriodSummary.Period.WEEK, range, ReportScope.ALL);
        assertThat(weeks.rows()).extracting(PeriodSummary.Row::start)
                .containsExactly(ReportFixture.MONDAY, ReportFixture.MONDAY.plusDays(7));
        assertThat(weeks.rows()).extracting(PeriodSummary.Row::sessions).containsExactly(3L, 1L);
        assertThat(weeks.rows().get(0).counts()).isEqualTo(Counts.of(1, 2, 3, 1));

        PeriodSummary months = summaries.summary(PeriodSummary.Period.MONTH, range, ReportScope.ALL);
        assertThat(months.rows()).singleElement().satisfies(r -> {
            assertThat(r.start()).isEqualTo(ReportFixture.MONDAY.withDayOfMonth(1));
            assertThat(r.sessions()).isEqualTo(4);
            assertThat(r.counts()).isEqualTo(Counts.of(3, 2, 4, 2));
        });
    }

    @Test
    void ratesPerStudentLeaveExcusedAndUnmarkedOut() {
        List<RateBreakdown.Row> rows = rates.rates(RateBreakdown.Dimension.STUDENT, range, ReportScope.ALL).rows();

        assertThat(rows).extracting(RateBreakdown.Row::id).containsExactly(f.an, f.binh, f.chi, f.dung);
        assertThat(rows).extracting(r -> r.counts().rate()).containsExactly(1.0, 2.0 / 3, 0.0, 0.0);
        assertThat(rows.get(3).counts()).isEqualTo(Counts.of(0, 0, 1, 1));
        assertThat(rows.get(3).sessions()).isEqualTo(2);
        assertThat(rows.get(0).className()).isNotBlank();
    }

    @Test
    void ratesPerSubjectClassAndTeacher() {
        List<RateBreakdown.Row> subjects = rates.rates(RateBreakdown.Dimension.SUBJECT, range, ReportScope.ALL).rows();
        assertThat(subjects).hasSize(2);
        RateBreakdown.Row s1 = subjects.stream().filter(r -> r.id() == f.subject1).findFirst().orElseThrow();
        RateBreakdown.Row s2 = subjects.stream().filter(r -> r.id() == f.subject2).findFirst().orElseThrow();
        assertThat(s1.counts()).isEqualTo(Counts.of(3, 1, 2, 2));
        assertThat(s1.sessions()).isEqualTo(2);
        assertThat(s2.counts()).isEqualTo(Counts.of(0, 1, 2, 0));

        assertThat(rates.rates(RateBreakdown.Dimension.CLASS, range, ReportScope.ALL).rows())
                .singleElement().satisfies(r -> assertThat(r.counts()).isEqualTo(Counts.of(3, 2, 4, 2)));
        ReportFilter teacherOnly = new ReportFilter(null, null, f.teacher, range.from(), range.to(), null);
        assertThat(rates.rates(RateBreakdown.Dimension.TEACHER, teacherOnly, ReportScope.ALL).rows())
                .singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(f.teacher));
    }

    @Test
    void perDayCountsAndRecordsGiveTheSameStudentRates() {
        // ALL scope reads student_day_counts; a teacher scope reads the records
        assertThat(rates.rates(RateBreakdown.Dimension.STUDENT, range, ReportScope.teacher(f.teacher)).rows())
                .isEqualTo(rates.rates(RateBreakdown.Dimension.STUDENT, range, ReportScope.ALL).rows());
        assertThat(rates.atRisk(range, ReportScope.teacher(f.teacher), 0.8, 1))
                .isEqualTo(rates.atRisk(range, ReportScope.ALL, 0.8, 1));
        assertThat(rates.atRiskCount(range, ReportScope.teacher(f.teacher), 0.8, 2))
                .isEqualTo(rates.atRiskCount(range, ReportScope.ALL, 0.8, 2)).isEqualTo(2);
    }

    @Test
    void atRiskListsStudentsBelowTheThresholdLowestFirst() {
        assertThat(rates.atRisk(range, ReportScope.ALL, 0.8, 1)).extracting(RateBreakdown.Row::id)
                .containsExactly(f.chi, f.dung, f.binh);
        assertThat(rates.atRisk(range, ReportScope.ALL, 0.5, 1)).extracting(RateBreakdown.Row::id)
                .containsExactly(f.chi, f.dung);
        assertThat(rates.atRisk(range, ReportScope.ALL, 0.8, 2)).extracting(RateBreakdown.Row::id)
                .containsExactly(f.chi, f.binh);
        assertThat(rates.atRiskCount(range, ReportScope.ALL, 0.8, 1)).isEqualTo(3);
    }

    @Test
    void aTeacherScopeSeesOnlyTheirClasses() {
        ReportFilter wholeSchool = new ReportFilter(null, null, null, range.from(), range.to(), null);
        assertThat(rates.rates(RateBreakdown.Dimension.CLASS, wholeSchool, ReportScope.teacher(f.teacher)).rows())
                .extracting(RateBreakdown.Row::id).containsExactly(f.classId);
        assertThat(rates.rates(RateBreakdown.Dimension.CLASS, wholeSchool, ReportScope.teacher(f.otherTeacher)).rows())
                .extracting(RateBreakdown.Row::id).containsExactly(f.otherClass);
        assertThat(rates.rates(RateBreakdown.Dimension.CLASS, wholeSchool, ReportScope.ALL).rows())
                .extracting(RateBreakdown.Row::id).contains(f.classId, f.otherClass);
    }

    @Test
    void sessionSheetListsTheRosterWithUnmarkedStudents() {
        SessionSheet sheet = sheets.sheet(f.s2, null);

        assertThat(sheet.session().status()).isEqualTo("OPEN");
        assertThat(sheet.rows()).extracting(SessionSheet.Row::studentId).containsExactly(f.an, f.binh, f.chi, f.dung);
        assertThat(sheet.rows()).extracting(SessionSheet.Row::status).containsExactly("LATE", "ABSENT", "ABSENT", null);
        assertThat(sheet.counts()).isEqualTo(Counts.of(0, 1, 2, 0));
        assertThat(sheet.unmarked()).isEqualTo(1);

        assertThat(sheets.sheet(f.s2, "ABSENT").rows()).extracting(SessionSheet.Row::studentId)
                .containsExactly(f.binh, f.chi);
        SessionSheet empty = sheets.sheet(f.s3, null);
        assertThat(empty.rows()).hasSize(4).allSatisfy(r -> assertThat(r.status()).isNull());
        assertThat(empty.counts().rate()).isNull();
        assertThat(empty.unmarked()).isEqualTo(4);
    }

    @Test
    void classMatrixHasOneLetterPerStudentAndSession() {
        ClassMatrix m = matrices.matrix(f.classId, range);

        assertThat(m.sessions()).extracting(ClassMatrix.Column::id).containsExactly(f.s1, f.s2, f.s3, f.s4);
        assertThat(m.students()).extracting(ClassMatrix.Row::studentId).containsExactly(f.an, f.binh, f.chi, f.dung);
        assertThat(m.students().get(0).cells()).containsExactly("P", "L", null, "P");
        assertThat(m.students().get(1).cells()).containsExactly("L", "A", null, "P");
        assertThat(m.students().get(2).cells()).containsExactly("A", "A", null, "E");
        assertThat(m.students().get(3).cells()).isEqualTo(Arrays.asList("E", null, null, "A"));
        assertThat(m.students().get(1).counts().rate()).isEqualTo(2.0 / 3);

        ReportFilter noSessions = new ReportFilter(null, null, null, range.from().minusDays(30),
                range.from().minusDays(20), null);
        ClassMatrix empty = matrices.matrix(f.classId, noSessions);
        assertThat(empty.sessions()).isEmpty();
        assertThat(empty.students()).hasSize(4).allSatisfy(r -> assertThat(r.cells()).isEmpty());
    }

    @Test
    void studentHistoryIsNewestFirstAndFiltersByStatus() {
        StudentHistory h = records.history(f.binh, range);
        assertThat(h.rows()).extracting(RecordRow::sessionId).containsExactly(f.s4, f.s2, f.s1);
        assertThat(h.counts()).isEqualTo(Counts.of(1, 1, 1, 0));

        ReportFilter absent = new ReportFilter(null, null, null, range.from(), range.to(), AttendanceStatus.ABSENT);
        StudentHistory onlyAbsent = records.history(f.binh, absent);
        assertThat(onlyAbsent.rows()).extracting(RecordRow::sessionId).containsExactly(f.s2);
        assertThat(onlyAbsent.counts()).isEqualTo(h.counts());
    }

    @Test
    void recordsStreamInTheSameOrderAsThePages() {
        List<RecordRow> streamed = new java.util.ArrayList<>();
        records.stream(range, ReportScope.ALL, streamed::add);

        assertThat(streamed).hasSize(11);
        assertThat(records.count(range, ReportScope.ALL)).isEqualTo(11);
        ReportFilter absent = new ReportFilter(f.classId, null, null, range.from(), range.to(),
                AttendanceStatus.ABSENT);
        assertThat(records.count(absent, ReportScope.ALL)).isEqualTo(4);
        assertThat(records.page(range, ReportScope.ALL, 0, 5)).isEqualTo(streamed.subList(0, 5));
        assertThat(records.page(range, ReportScope.ALL, 2, 5)).isEqualTo(streamed.subList(10, 11));
    }
}
