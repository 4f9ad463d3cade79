package app.attendance.api.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.testing.TestZone;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Generating, opening, marking, closing and reopening sessions over REST, with teacher scoping. */
class SessionLifecycleApiTest extends ApiTestBase {

    @Test
    void generateIsIdempotent() throws Exception {
        long teacher = data.teacher();
        long classId = data.schoolClass(teacher);
        long subject = data.subject();
        postAs(admin, "/api/timetable", """
                {"classId":%d,"subjectId":%d,"teacherId":%d,"weekday":"MONDAY","startTime":"07:00",
                 "endTime":"07:45","validFrom":"2030-01-01","validTo":"2030-01-31"}""".formatted(classId, subject,
                teacher)).andExpect(status().isCreated());
        String range = "{\"from\":\"2030-01-01\",\"to\":\"2030-01-31\"}";

        JsonNode first = body(postAs(admin, "/api/sessions/generate", range).andExpect(status().isOk()));
        JsonNode second = body(postAs(admin, "/api/sessions/generate", range).andExpect(status().isOk()));

        assertThat(first.get("created").asInt()).isEqualTo(4);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("existing").asInt()).isEqualTo(4);
        getAs(admin, "/api/sessions?classId=" + classId + "&from=2030-01-01&to=2030-01-31")
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.content[0].date").value("2030-01-07"))
                .andExpect(jsonPath("$.content[0].status").value("SCHEDULED"));
        postAs(admin, "/api/sessions/generate", "{\"from\":\"2030-01-31\",\"to\":\"2030-01-01\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void openMarkCloseReopen() throws Exception {
        long teacher = data.teacher();
        long classId = data.schoolClass(teacher);
        long present = data.student(classId);
        long excused = data.student(classId);
        long missing = data.student(classId);
        long session = data.session(classId, data.subject(), teacher, null, LocalDate.now(TestZone.MIDDAY), LocalTime
                .of(0, 0),
                LocalTime.of(23, 59), "SCHEDULED");
        String teacherAuth = api.teacher(teacher);
        String base = "/api/sessions/" + session;

        postAs(teacherAuth, base + "/open", "").andExpect(status().isOk()).andExpect(jsonPath("$.status").value(
                "OPEN"));
        jdbc.sql("""
                insert into attendance_records (session_id, student_id, status, first_seen_at, source, similarity)
                values (?, ?, 'PRESENT', now(), 'CAMERA', 0.8)""").params(session, present).update();
        putAs(teacherAuth, base + "/attendance/" + excused, "{\"status\":\"EXCUSED\",\"note\":\"doctor\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("MANUAL"))
                .andExpect(jsonPath("$.note").value("doctor"));
        putAs(teacherAuth, base + "/attendance/" + data.student(data.schoolClass(null)), "{\"status\":\"PRESENT\"}")
                .andExpect(status().isNotFound());
        putAs(teacherAuth, base + "/attendance/" + excused, "{\"status\":\"GONE\"}").andExpect(status().isBadRequest());

        postAs(teacherAuth, base + "/close", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.counts.present").value(1))
                .andExpect(jsonPath("$.counts.excused").value(1))
                .andExpect(jsonPath("$.counts.absent").value(1))
                .andExpect(jsonPath("$.counts.unmarked").value(0))
                .andExpect(jsonPath("$.counts.total").value(3));
        postAs(teacherAuth, base + "/open", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("session-closed"));

        postAs(teacherAuth, base + "/reopen", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.absent").value(0))
                .andExpect(jsonPath("$.counts.unmarked").value(1));
        JsonNode roster = body(getAs(teacherAuth, base + "/roster").andExpect(status().isOk()));
        assertThat(roster.size()).isEqualTo(3);
        roster.forEach(row -> {
            long id = row.get("studentId").asLong();
            String st = row.get("status").isNull() ? null : row.get("status").asString();
            if (id == missing) {
                assertThat(st).isNull();
            } else {
                assertThat(st).isEqualTo(id == present ? "PRESENT" : "EXCUSED");
            }
        });
        assertThat(count("select count(*) from audit_log where entity = 'session' and entity_id = ?", session))
                .isEqualTo(3);
        assertThat(count("select count(*) from audit_log where action = 'MARK_MANUAL' and reason = 'doctor'"
                + " and new_value like ?", "EXCUSED session=" + session + "%")).isEqualTo(1);
    }

    @Test
    void reopenOutsideTheWindowIsRefused() throws Exception {
        long teacher = data.teacher();
        long classId = data.schoolClass(teacher);
        long session = data.session(classId, data.subject(), teacher, null, LocalDate.of(2020, 1, 6),
                LocalTime.of(8, 0), LocalTime.of(8, 45), "CLOSED");
        jdbc.sql("update sessions set closed_at = now() - interval '3 days' where id = ?").params(session).update();
        postAs(admin, "/api/sessions/" + session + "/reopen", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("reopen-window-passed"));
    }

    @Test
    void teachersSeeOnlyTheirOwnSessions() throws Exception {
        long mine = data.teacher();
        long other = data.teacher();
        long myClass = data.schoolClass(mine);
        long otherClass = data.schoolClass(other);
        long subject = data.subject();
        LocalDate day = LocalDate.of(2031, 3, 3);
        long mySession = data.session(myClass, subject, mine, null, day, LocalTime.of(8, 0), LocalTime.of(9, 0),
                "SCHEDULED");
        long otherSession = data.session(otherClass, subject, other, null, day, LocalTime.of(8, 0), LocalTime.of(9, 0),
                "SCHEDULED");
        String auth = api.teacher(mine);

        getAs(auth, "/api/sessions?date=2031-03-03").andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(mySession));
        getAs(auth, "/api/sessions/" + otherSession).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        postAs(auth, "/api/sessions/" + otherSession + "/open", "").andExpect(status().isForbidden());
        getAs(auth, "/api/sessions/999999999").andExpect(status().isNotFound());
        postAs(auth, "/api/sessions",
                """
                {"classId":%d,"subjectId":%d,"teacherId":%d,"date":"2031-03-04","startTime":"10:00","endTime":"11:00"}"""
                        .formatted(otherClass, subject, mine)).andExpect(status().isForbidden());
        postAs(auth, "/api/sessions",
                """
                {"classId":%d,"subjectId":%d,"teacherId":%d,"date":"2031-03-04","startTime":"10:00","endTime":"11:00"}"""
                        .formatted(myClass, subject, mine)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.slotId").isEmpty());
    }
}
