package app.attendance.api.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Attendance listings on real data: filters, teacher scope and a student's own records. */
class AttendanceListingApiTest extends ApiTestBase {

    @Test
    void filtersScopesAndOwnRecords() throws Exception {
        long mine = data.teacher();
        long other = data.teacher();
        long myClass = data.schoolClass(mine);
        long otherClass = data.schoolClass(other);
        long subject = data.subject();
        long anna = data.student(myClass);
        long bob = data.student(myClass);
        long carl = data.student(otherClass);
        long s1 = data.session(myClass, subject, mine, null, LocalDate.of(2032, 2, 2), LocalTime.of(8, 0),
                LocalTime.of(9, 0), "CLOSED");
        long s2 = data.session(myClass, subject, mine, null, LocalDate.of(2032, 2, 9), LocalTime.of(8, 0),
                LocalTime.of(9, 0), "CLOSED");
        long s3 = data.session(otherClass, subject, other, null, LocalDate.of(2032, 2, 2), LocalTime.of(8, 0),
                LocalTime.of(9, 0), "CLOSED");
        record(s1, anna, "PRESENT");
        record(s2, anna, "LATE");
        record(s1, bob, "ABSENT");
        record(s3, carl, "PRESENT");

        assertThat(studentIds(admin, "/api/attendance?from=2032-02-01&to=2032-02-28")).containsExactlyInAnyOrder(
                anna, anna, bob, carl);
        assertThat(studentIds(admin, "/api/attendance?classId=" + myClass + "&status=LATE")).containsExactly(anna);
        assertThat(studentIds(admin, "/api/attendance?studentId=" + anna + "&to=2032-02-05")).containsExactly(anna);
        assertThat(studentIds(api.teacher(mine), "/api/attendance?from=2032-02-01&to=2032-02-28"))
                .containsExactlyInAnyOrder(anna, anna, bob);
        assertThat(studentIds(api.student(bob), "/api/me/attendance?studentId=" + anna)).containsExactly(bob);
        JsonNode first = body(getAs(admin, "/api/attendance?classId=" + myClass + "&sort=date,desc"))
                .get("content").get(0);
        assertThat(first.get("date").asString()).isEqualTo("2032-02-09");
        assertThat(first.get("subjectName").asString()).startsWith("Subject-");
    }

    private void record(long session, long student, String status) {
        jdbc.sql("insert into attendance_records (session_id, student_id, status, source) values (?, ?, ?, 'MANUAL')")
                .params(session, student, status).update();
    }

    private List<Long> studentIds(String auth, String url) throws Exception {
        List<Long> ids = new ArrayList<>();
        body(getAs(auth, url).andExpect(status().isOk())).get("content").forEach(r -> ids.add(r.get("studentId")
                .asLong()));
        return ids;
    }
}
