package app.attendance.api.attendance;

import app.attendance.api.audit.AuditLog;
import app.attendance.api.system.ApiException;
import app.attendance.api.timetable.TimetableSlot;
import app.attendance.api.timetable.TimetableSlotRepository;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the sessions the timetable implies for a date range. Idempotent: the unique
 * (slot, date) constraint with {@code ON CONFLICT DO NOTHING} skips sessions that already exist.
 */
@Service
class SessionGenerator {

    static final int MAX_DAYS = 366;

    private final TimetableSlotRepository slots;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    SessionGenerator(TimetableSlotRepository slots, JdbcClient jdbc, AuditLog audit) {
        this.slots = slots;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    GenerateResult generate(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.invalid("to", "the range may span at most " + MAX_DAYS + " days");
        }
        List<TimetableSlot> valid = slots.findValidBetween(from, to);
        int created = 0;
        int existing = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (TimetableSlot slot : valid) {
                if (slot.getWeekday() != day.getDayOfWeek() || day.isBefore(slot.getValidFrom())
                        || day.isAfter(slot.getValidTo())) {
                    continue;
                }
                int inserted = jdbc.sql("""
                        insert into sessions (slot_id, class_id, subject_id, teacher_id, room_id, session_date,
                                              start_time, end_time, status)
                        values (:slot, :class, :subject, :teacher, :room, :date, :start, :end, :scheduled)
                        on conflict (slot_id, session_date) do nothing""")
                        .param("scheduled", SessionStatus.SCHEDULED.name())
                        .param("slot", slot.getId()).param("class", slot.getSchoolClass().getId())
                        .param("subject", slot.getSubject().getId()).param("teacher", slot.getTeacher().getId())
                        .param("room", slot.getRoom() == null ? null : slot.getRoom().getId())
                        .param("date", day).param("start", slot.getStartTime()).param("end", slot.getEndTime())
                        .update();
                if (inserted == 1) {
                    created++;
                } else {
                    existing++;
                }
            }
        }
        audit.record("GENERATE", "session", null, null, created + " created, " + existing + " existing",
                from + ".." + to);
        return new GenerateResult(created, existing);
    }
}
