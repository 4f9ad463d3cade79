package app.attendance.api.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Timetable slots over REST, with clash detection naming every clash. */
class TimetableApiTest extends ApiTestBase {

    private static String slot(long classId, long subjectId, long teacherId, Long roomId, String day, String start,
            String end, String from, String to) {
        return """
                {"classId":%d,"subjectId":%d,"teacherId":%d,"roomId":%s,"weekday":"%s","startTime":"%s",
                 "endTime":"%s","validFrom":"%s","validTo":"%s"}""".formatted(classId, subjectId, teacherId,
                roomId, day, start, end, from, to);
    }

    @Test
    void clashesNameEachSharedClassTeacherAndRoom() throws Exception {
        long teacher = data.teacher();
        long room = data.room();
        long subject = data.subject();
        long classA = data.schoolClass(null);
        long classB = data.schoolClass(null);
        JsonNode first = body(postAs(admin, "/api/timetable",
                slot(classA, subject, teacher, room, "MONDAY", "08:00", "08:45", "2026-09-01", "2027-01-31"))
                .andExpect(status().isCreated()));
        assertThat(first.get("subjectColor").asString()).isEqualTo("#1e88e5");

        JsonNode clash = body(postAs(admin, "/api/timetable",
                slot(classA, subject, teacher, room, "MONDAY", "08:30", "09:15", "2026-12-01", "2027-06-30"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("timetable-clash")));
        List<String> kinds = new ArrayList<>();
        clash.get("clashes").forEach(c -> {
            assertThat(c.get("slotId").asLong()).isEqualTo(first.get("id").asLong());
            kinds.add(c.get("kind").asString());
        });
        assertThat(kinds).containsExactlyInAnyOrder("CLASS", "TEACHER", "ROOM");

        postAs(admin, "/api/timetable",
                slot(classB, subject, data.teacher(), room, "MONDAY", "08:00", "08:45", "2026-09-01", "2027-01-31"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.clashes.length()").value(1))
                .andExpect(jsonPath("$.clashes[0].kind").value("ROOM"));
    }

    @Test
    void adjacentTimesOtherDaysAndDisjointTermsDoNotClash() throws Exception {
        long teacher = data.teacher();
        long subject = data.subject();
        long classA = data.schoolClass(null);
        postAs(admin, "/api/timetable",
                slot(classA, subject, teacher, null, "TUESDAY", "08:00", "08:45", "2026-09-01", "2027-01-31"))
                .andExpect(status().isCreated());
        postAs(admin, "/api/timetable",
                slot(classA, subject, teacher, null, "TUESDAY", "08:45", "09:30", "2026-09-01", "2027-01-31"))
                .andExpect(status().isCreated());
        postAs(admin, "/api/timetable",
                slot(classA, subject, teacher, null, "WEDNESDAY", "08:00", "08:45", "2026-09-01", "2027-01-31"))
                .andExpect(status().isCreated());
        postAs(admin, "/api/timetable",
                slot(classA, subject, teacher, null, "TUESDAY", "08:00", "08:45", "2027-02-01", "2027-06-30"))
                .andExpect(status().isCreated());
        getAs(admin, "/api/timetable?classId=" + classA).andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void updateDoesNotClashWithItselfAndBadTimesAre400() throws Exception {
        long teacher = data.teacher();
        long subject = data.subject();
        long classA = data.schoolClass(null);
        long id = body(postAs(admin, "/api/timetable",
                slot(classA, subject, teacher, null, "FRIDAY", "10:00", "10:45", "2026-09-01", "2027-01-31")))
                .get("id").asLong();
        putAs(admin, "/api/timetable/" + id,
                slot(classA, subject, teacher, null, "FRIDAY", "10:15", "11:00", "2026-09-01", "2027-01-31"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.startTime").value("10:15:00"));
        putAs(admin, "/api/timetable/" + id,
                slot(classA, subject, teacher, null, "FRIDAY", "11:00", "10:00", "2026-09-01", "2027-01-31"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endTime"));
        postAs(admin, "/api/timetable", "{\"weekday\":\"FUNDAY\"}").andExpect(status().isBadRequest());
        postAs(admin, "/api/timetable", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(8));
    }
}
