package app.attendance.api.attendance;

import app.attendance.api.timetable.SlotReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When a timetable slot goes, its generated sessions that are still scheduled and have no records go too. */
@Component
class SessionsOfSlot implements SlotReferences {

    private final JdbcClient jdbc;

    SessionsOfSlot(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void slotDeleted(long slotId) {
        jdbc.sql("""
                delete from sessions where slot_id = :id and status = :scheduled
                  and not exists (select 1 from attendance_records r where r.session_id = sessions.id)""")
                .param("id", slotId).param("scheduled", SessionStatus.SCHEDULED.name()).update();
    }
}
