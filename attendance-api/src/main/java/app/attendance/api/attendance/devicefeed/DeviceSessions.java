package app.attendance.api.attendance.devicefeed;

import app.attendance.api.attendance.MarkingProperties;
import app.attendance.api.attendance.SessionStatus;
import app.attendance.api.audit.AuditLog;
import app.attendance.api.device.DevicePrincipal;
import app.attendance.api.system.SchoolProperties;
import app.attendance.api.timetable.RunningSlots;
import app.attendance.api.timetable.RunningSlots.SlotLesson;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session the timetable says is running now in a device's room or class. A camera mark counts
 * from the early window before the start, so a session starting within that window counts as
 * running. For frames, a SCHEDULED session is opened, and a missing one is generated from its
 * timetable slot (both race-safe: conditional update, insert on conflict do nothing), audited.
 */
@Service
class DeviceSessions {

    private static final String OPEN = SessionStatus.OPEN.name();
    private static final String SCHEDULED = SessionStatus.SCHEDULED.name();

    /** The session a device's frame belongs to. */
    record Running(long id, long classId, long teacherId, String status) {
    }

    private final JdbcClient jdbc;
    private final SchoolProperties school;
    private final MarkingProperties marking;
    private final AuditLog audit;
    private final Clock clock;
    private final RunningSlots slots;

    DeviceSessions(JdbcClient jdbc, SchoolProperties school, MarkingProperties marking, AuditLog audit, Clock clock,
            RunningSlots slots) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.school = school;
        this.marking = marking;
        this.audit = audit;
        this.clock = clock;
    }

    /** The running session, opened (and generated from the timetable) if need be. */
    @Transactional
    Optional<Running> openForFrames(DevicePrincipal device) {
        Window w = window();
        Optional<Running> found = findSession(device, w);
        if (found.isEmpty()) {
            found = generateFromSlot(device, w);
        }
        if (found.isPresent() && SCHEDULED.equals(found.get().status())) {
            Running r = found.get();
            int opened = jdbc.sql("""
                    update sessions set status = :open, opened_at = coalesce(opened_at, :now), closed_at = null
                    where id = :id and status = :scheduled""")
                    .param("open", OPEN).param("scheduled", SCHEDULED)
                    .param("now", Timestamp.from(w.now())).param("id", r.id()).update();
            if (opened > 0) {
                audit.recordAs(device.actor(), "OPEN_SESSION", "session", r.id(), SCHEDULED, OPEN,
                        "opened by a device frame");
            }
            found = Optional.of(new Running(r.id(), r.classId(), r.teacherId(), OPEN));
        }
        return found;
    }

    private record Window(Instant now, java.time.LocalDate date, LocalTime time, LocalTime latestStart) {
    }

    private Window window() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(school.zone());
        LocalTime time = local.toLocalTime();
        LocalTime latest = time.plus(marking.earlyWindow());
        if (latest.isBefore(time)) {
            latest = LocalTime.MAX;
        }
        return new Window(now, local.toLocalDate(), time, latest);
    }

    private Optional<Running> findSession(DevicePrincipal device, Window w) {
        return jdbc.sql("""
                select id, class_id, teacher_id, status from sessions
                where session_date = :date and start_time <= :latestStart and end_time > :time
                  and ((cast(:room as bigint) is not null and room_id = :room)
                       or (cast(:class as bigint) is not null and class_id = :class))
                order by case status when :open then 0 when :scheduled then 1 else 2 end, start_time, id
                limit 1""")
                .param("date", w.date()).param("time", w.time()).param("latestStart", w.latestStart())
                .param("room", device.roomId()).param("class", device.classId())
                .param("open", OPEN).param("scheduled", SCHEDULED)
                .query((rs, n) -> new Running(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    private Optional<Running> generateFromSlot(DevicePrincipal device, Window w) {
        Optional<SlotLesson> slot = slots.running(w.date(), w.time(), w.latestStart(), device.roomId(),
                device.classId());
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        SlotLesson l = slot.get();
        java.util.List<Long> created = jdbc.sql("""
                insert into sessions (slot_id, class_id, subject_id, teacher_id, room_id, session_date,
                                      start_time, end_time, status)
                values (:slot, :class, :subject, :teacher, :room, :date, :start, :end, :scheduled)
                on conflict (slot_id, session_date) do nothing
                returning id""")
                .param("slot", l.id()).param("class", l.classId()).param("subject", l.subjectId())
                .param("teacher", l.teacherId()).param("room", l.roomId()).param("date", w.date())
                .param("start", l.start()).param("end", l.end()).param("scheduled", SCHEDULED).query(Long.class)
                .list();
        if (!created.isEmpty()) {
            audit.recordAs(device.actor(), "GENERATE_SESSION", "session", created.getFirst(), null,
                    "slot " + l.id() + " on " + w.date(), "generated for a device frame");
        }
        return findSession(device, w);
    }
}
