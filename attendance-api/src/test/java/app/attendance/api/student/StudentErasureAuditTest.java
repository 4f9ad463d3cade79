package app.attendance.api.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.system.SchoolProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Deleting a student keeps the audit trail (who did what, when) but not the student: after the
 * erasure, the audit log read through the API holds none of their names (also a name before a
 * correction), code, guardian's name, e-mail and phone, date of birth or login name, in the entries
 * about the student, their login and their attendance, including a teacher's note naming them.
 */
class StudentErasureAuditTest extends ApiTestBase {

    @Autowired
    Clock clock;
    @Autowired
    SchoolProperties school;

    @Test
    void deletingAStudentPseudonymisesThemInTheAuditLog() throws Exception {
        Instant start = clock.instant().minusSeconds(1);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String firstName = "Annabel Erasmus" + tag;
        String name = "Annabel Erasmus-Quist" + tag;
        String code = "ERA" + tag;
        String guardian = "Gideon Quist" + tag;
        String email = "gideon." + tag + "@example.org";
        String phone = "+49 30 " + (1_000_000 + Math.abs(tag.hashCode() % 8_000_000));
        String username = "annabel" + tag;
        String renamed = "annabel.q" + tag;
        String birthday = "2011-02-17";
        long teacherId = data.teacher();
        long classId = data.schoolClass(teacherId);

        String body = """
                {"studentCode":"%s","fullName":"%s","classId":%d,"dateOfBirth":"%s","guardianName":"%s",
                 "guardianPhone":"%s","guardianEmail":"%s","consentGiven":false,"username":"%s",
                 "password":"Kestrel-Harbour-%s"}""";
        long id = body(postAs(admin, "/api/students",
                body.formatted(code, firstName, classId, birthday, guardian, phone, email, username, tag))
                .andExpect(status().isCreated())).get("id").asLong();
        putAs(admin, "/api/students/" + id,
                body.formatted(code, name, classId, birthday, guardian, phone, email, username, tag))
                .andExpect(status().isOk());
        long userId = jdbc.sql("select id from users where student_id = :id").param("id", id).query(Long.class)
                .single();
        putAs(admin, "/api/users/" + userId, """
                {"username":"%s","role":"STUDENT","studentId":%d,"enabled":true}""".formatted(renamed, id))
                .andExpect(status().isOk());
        long session = data.openSessionNow(clock, school.zone(), classId, data.subject(), teacherId, 5);
        putAs(api.teacher(teacherId), "/api/sessions/" + session + "/attendance/" + id, """
                {"status":"EXCUSED","note":"%s is ill; %s called from %s"}""".formatted(name, guardian, phone))
                .andExpect(status().isOk());
        List<String> personal = List.of(firstName, name, code, guardian, email, phone, username, renamed, birthday,
                "Erasmus", "Quist" + tag);
        assertThat(auditSince(start)).as("the audit log before the erasure").contains(name, email, renamed);

        deleteAs(admin, "/api/students/" + id + "?cascade=true").andExpect(status().isNoContent());

        String audit = auditSince(start);
        for (String value : personal) {
            assertThat(audit.toLowerCase(Locale.ROOT)).as("audit log after erasure").doesNotContain(
                    value.toLowerCase(Locale.ROOT));
        }
        JsonNode entries = body(getAs(admin, "/api/audit?entity=student&entityId=" + id + "&size=200")
                .andExpect(status().isOk())).get("content");
        List<String> actions = new ArrayList<>();
        for (JsonNode e : entries) {
            actions.add(e.get("action").asString());
            assertThat(e.get("actor").asString()).isEqualTo("admin");
        }
        assertThat(actions).contains("CREATE", "UPDATE", "DELETE");
        assertThat(audit).contains("student#" + id);
        JsonNode mark = body(getAs(admin, "/api/audit?entity=attendance&from=" + start + "&size=200")
                .andExpect(status().isOk())).get("content");
        assertThat(mark.toString()).contains("EXCUSED session=" + session + " student=" + id);
    }

    /** Every entry since {@code from}, as the API returns them, as one text. */
    private String auditSince(Instant from) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int page = 0;; page++) {
            JsonNode p = body(getAs(admin, "/api/audit?from=" + from + "&size=200&page=" + page)
                    .andExpect(status().isOk()));
            all.append(p.get("content"));
            if (page + 1 >= p.get("totalPages").asInt()) {
                return all.toString();
            }
        }
    }
}
