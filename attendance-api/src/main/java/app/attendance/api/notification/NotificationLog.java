package app.attendance.api.notification;

import app.attendance.api.attendance.AttendanceStatus;
import app.attendance.api.attendance.SessionStatus;
import app.attendance.api.report.Counts;
import app.attendance.api.report.RateBreakdown;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notification log: events are claimed with {@code INSERT ... ON CONFLICT DO NOTHING} against
 * unique keys before anything is sent, so each event is notified at most once, even by several
 * API instances scanning at the same moment. Each statement commits on its own.
 */
@Component
class NotificationLog {

    private final NamedParameterJdbcTemplate jdbc;

    NotificationLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims ABSENT records of closed sessions changed since {@code since} whose student has a
     * guardian e-mail and that were never notified.
     */
    List<AbsenceNotice> claimAbsences(Instant since) {
        return jdbc.query("""
                with claimed as (
                    insert into notification_log (kind, event_key, student_id, record_id, recipient)
                    select 'ABSENT', 'absent:' || ar.id, ar.student_id, ar.id, st.guardian_email
                    from attendance_records ar
                    join students st on st.id = ar.student_id
                    join sessions s on s.id = ar.session_id
                    where ar.status = :absent and ar.changed_at >= :since and s.status = :closed
                      and coalesce(st.guardian_email, '') <> ''
                    on conflict (event_key) where kind = 'ABSENT' do nothing
                    returning id, record_id, recipient
                )
                select claimed.id, claimed.recipient, st.guardian_name, st.full_name, c.name as class_name,
                       x.name as subject_name, s.session_date, s.start_time
                from claimed
                join attendance_records ar on ar.id = claimed.record_id
                join students st on st.id = ar.student_id
                join sessions s on s.id = ar.session_id
                join classes c on c.id = s.class_id
                join subjects x on x.id = s.subject_id
                order by claimed.id""", new MapSqlParameterSource("since", Timestamp.from(since))
                .addValue("absent", AttendanceStatus.ABSENT.name()).addValue("closed", SessionStatus.CLOSED.name()),
                (rs, n) -> new AbsenceNotice(rs.getLong("id"), rs.getString("recipient"), rs.getString("guardian_name"),
                        rs.getString("full_name"), rs.getString("class_name"), rs.getString("subject_name"),
                        rs.getObject("session_date", LocalDate.class), rs.getObject("start_time", LocalTime.class)));
    }

    /**
     * Claims an at-risk episode per listed student (to their homeroom teacher, when that teacher has
     * an e-mail) unless one is already open, and closes the episodes of students no longer listed,
     * so a student who recovers and falls again is notified again.
     */
    List<AtRiskNotice> claimAtRisk(List<RateBreakdown.Row> atRisk, double threshold, LocalDate from, LocalDate to) {
        if (atRisk.isEmpty()) {
            jdbc.update("update notification_log set cleared_at = now() where kind = 'AT_RISK' and cleared_at is null",
                    Map.of());
            return List.of();
        }
        List<Long> ids = atRisk.stream().map(RateBreakdown.Row::id).toList();
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        jdbc.update("""
                update notification_log set cleared_at = now()
                where kind = 'AT_RISK' and cleared_at is null and student_id not in (:ids)""", params);
        Map<Long, RateBreakdown.Row> byStudent = atRisk.stream()
                .collect(Collectors.toMap(RateBreakdown.Row::id, Function.identity()));
        return jdbc.query("""
                with claimed as (
                    insert into notification_log (kind, event_key, student_id, recipient)
                    select 'AT_RISK', 'at-risk:' || st.id || ':' || t.id, st.id, t.email
                    from students st
                    join classes c on c.id = st.class_id
                    join teachers t on t.id = c.homeroom_teacher_id
                    where st.id in (:ids) and st.active and coalesce(t.email, '') <> ''
                    on conflict (event_key) where kind = 'AT_RISK' and cleared_at is null do nothing
                    returning id, student_id, recipient
                )
                select claimed.id, claimed.student_id, claimed.recipient, t.full_name as teacher_name
                from claimed
                join students st on st.id = claimed.student_id
                join classes c on c.id = st.class_id
                join teachers t on t.id = c.homeroom_teacher_id
                order by claimed.id""", params, (rs, n) -> {
            RateBreakdown.Row row = byStudent.get(rs.getLong("student_id"));
            Counts counts = row.counts();
            return new AtRiskNotice(rs.getLong("id"), rs.getString("recipient"), rs.getString("teacher_name"),
                    row.name(), row.className(), counts, threshold, from, to);
        });
    }

    void sent(long id) {
        jdbc.update("update notification_log set status = 'SENT', sent_at = now() where id = :id", Map.of("id", id));
    }

    void failed(long id, String detail) {
        jdbc.update("update notification_log set status = 'FAILED', detail = left(:detail, 500) where id = :id",
                new MapSqlParameterSource("id", id).addValue("detail", detail == null ? "unknown" : detail));
    }
}
