package app.attendance.api.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** The sessions of one day with live counts, and the counts of a date range, for the dashboard. */
@Component
class DayReport {

    private final ReportJdbc jdbc;

    DayReport(ReportJdbc jdbc) {
        this.jdbc = jdbc;
    }

    List<DaySession> sessions(LocalDate day, ReportScope scope) {
        SessionConditions where = new SessionConditions(new ReportFilter(null, null, null, day, day, null), scope);
        return jdbc.list("""
                select s.id, c.name as class_name, x.name as subject_name, t.full_name as teacher_name,
                       r.name as room_name, s.start_time, s.end_time, s.status,
                       (select count(*) from students st where st.class_id = s.class_id and st.active) as roster,
                       (select count(*) from students st where st.class_id = s.class_id and st.active
                           and not exists (select 1 from attendance_records r2
                                           where r2.session_id = s.id and r2.student_id = st.id)) as unmarked,
                       coalesce(sc.present, 0) as n_present, coalesce(sc.late, 0) as n_late,
                       coalesce(sc.absent, 0) as n_absent, coalesce(sc.excused, 0) as n_excused
                from sessions s
                join classes c on c.id = s.class_id join subjects x on x.id = s.subject_id
                join teachers t on t.id = s.teacher_id left join rooms r on r.id = s.room_id
                left join session_counts sc on sc.session_id = s.id
                where %s
                order by s.start_time, c.name, s.id""".formatted(where.sql()), where.params(),
                (rs, n) -> new DaySession(rs.getLong("id"), rs.getString("class_name"), rs.getString("subject_name"),
                        rs.getString("teacher_name"), rs.getString("room_name"),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                        rs.getString("status"), rs.getLong("roster"), rs.getLong("unmarked"), Counts.read(rs)));
    }

    Counts totals(LocalDate from, LocalDate to, ReportScope scope) {
        SessionConditions where = new SessionConditions(new ReportFilter(null, null, null, from, to, null), scope);
        return jdbc.list("select " + Counts.SUM_SELECT
                + " from sessions s join session_counts sc on sc.session_id = s.id"
                + " where " + where.sql(), where.params(), (rs, n) -> Counts.read(rs)).getFirst();
    }
}
