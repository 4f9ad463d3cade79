package app.attendance.api.report;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/** Computes {@link PeriodSummary} with one GROUP BY over sessions and their per-session counts. */
@Component
class SummaryReport {

    private final ReportJdbc jdbc;

    SummaryReport(ReportJdbc jdbc) {
        this.jdbc = jdbc;
    }

    PeriodSummary summary(PeriodSummary.Period period, ReportFilter filter, ReportScope scope) {
        SessionConditions where = new SessionConditions(filter, scope);
        String unit = period.name().toLowerCase(java.util.Locale.ROOT);
        MapSqlParameterSource params = where.params().addValue("unit", unit).addValue("step", "1 " + unit);
        String sql = """
                with per_period as (
                    select date_trunc(:unit, s.session_date)::date as period_start,
                           count(*) as n_sessions,
                    %s
                    from sessions s
                    left join session_counts sc on sc.session_id = s.id
                    where %s
                    group by 1
                )
                select g.period_start::date as period_start,
                       coalesce(p.n_sessions, 0) as n_sessions,
                       coalesce(p.n_present, 0) as n_present, coalesce(p.n_late, 0) as n_late,
                       coalesce(p.n_absent, 0) as n_absent, coalesce(p.n_excused, 0) as n_excused
                from generate_series(date_trunc(:unit, cast(:from as date)), cast(:to as date),
                                     cast(:step as interval)) as g(period_start)
                left join per_period p on p.period_start = g.period_start::date
                order by 1""".formatted(Counts.SUM_SELECT, where.sql());
        List<PeriodSummary.Row> rows = jdbc.list(sql, params, (rs, n) -> new PeriodSummary.Row(
                rs.getObject("period_start", LocalDate.class), rs.getLong("n_sessions"), Counts.read(rs)));
        long p = 0;
        long l = 0;
        long a = 0;
        long e = 0;
        for (PeriodSummary.Row row : rows) {
            p += row.counts().present();
            l += row.counts().late();
            a += row.counts().absent();
            e += row.counts().excused();
        }
        return new PeriodSummary(period, filter.from(), filter.to(), Counts.of(p, l, a, e), rows);
    }
}
