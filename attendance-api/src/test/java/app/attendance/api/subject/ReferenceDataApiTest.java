package app.attendance.api.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Subjects, rooms, teachers and classes over REST: create, read, update, delete, list, errors. */
class ReferenceDataApiTest extends ApiTestBase {

    @Test
    void subjectLifecycle() throws Exception {
        String code = TestData.unique("MATH");
        JsonNode created = body(postAs(admin, "/api/subjects",
                "{\"code\":\"" + code + "\",\"name\":\"Mathematics\",\"color\":\"#FF0000\"}")
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location")));
        long id = created.get("id").asLong();
        assertThat(created.get("color").asString()).isEqualTo("#ff0000");

        getAs(admin, "/api/subjects/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code));
        getAs(admin, "/api/subjects?q=" + code.substring(5).toUpperCase())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id));
        putAs(admin, "/api/subjects/" + id, "{\"code\":\"" + code + "\",\"name\":\"Maths\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Maths"));
        deleteAs(admin, "/api/subjects/" + id).andExpect(status().isNoContent());
        getAs(admin, "/api/subjects/" + id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        assertThat(count("select count(*) from audit_log where entity = 'subject' and entity_id = ?", id)).isEqualTo(3);
    }

    @Test
    void duplicateCodeIs409NamingTheField() throws Exception {
        String code = TestData.unique("PHY");
        postAs(admin, "/api/subjects", "{\"code\":\"" + code + "\",\"name\":\"Physics\"}").andExpect(status()
                .isCreated());
        postAs(admin, "/api/subjects", "{\"code\":\"" + code.toLowerCase() + "\",\"name\":\"Physics 2\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("conflict"))
                .andExpect(jsonPath("$.field").value("code"));
    }

    @Test
    void invalidBodyListsEveryField() throws Exception {
        postAs(admin, "/api/subjects", "{\"code\":\"bad code!\",\"name\":\"\",\"color\":\"red\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors.length()").value(3));
    }

    @Test
    void searchTreatsWildcardsLiterally() throws Exception {
        data.subject();
        getAs(admin, "/api/subjects?q=%25").andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        getAs(admin, "/api/subjects?q=_").andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void invalidPagingIs400() throws Exception {
        getAs(admin, "/api/subjects?size=500").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        getAs(admin, "/api/subjects?sort=password,asc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        getAs(admin, "/api/subjects/abc").andExpect(status().isBadRequest());
    }

    @Test
    void subjectTaughtByATeacherIsInUse() throws Exception {
        long subject = data.subject();
        JsonNode teacher = body(postAs(admin, "/api/teachers", """
                {"employeeCode":"%s","fullName":"Ada Lovelace","email":"ada@school.test","subjectIds":[%d],
                 "username":"%s","password":"secret-pass"}""".formatted(TestData.unique("E"), subject,
                TestData.unique("ada"))).andExpect(status().isCreated()));
        assertThat(teacher.get("subjects").get(0).get("id").asLong()).isEqualTo(subject);
        assertThat(teacher.get("username").asString()).startsWith("ada-");

        deleteAs(admin, "/api/subjects/" + subject).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("in-use"));
        api.bearer(teacher.get("username").asString(), "secret-pass");
    }

    @Test
    void aTeacherOrSubjectInTheTimetableSessionsOrAsHomeroomTeacherIsKept() throws Exception {
        long homeroom = data.teacher();
        data.schoolClass(homeroom);
        long teaching = data.teacher();
        long slotTeacher = data.teacher();
        long subject = data.subject();
        long slotSubject = data.subject();
        long classId = data.schoolClass(null);
        data.session(classId, subject, teaching, null, LocalDate.of(2026, 1, 5), LocalTime.of(8, 0),
                LocalTime.of(8, 45), "SCHEDULED");
        postAs(admin, "/api/timetable", """
                {"classId":%d,"subjectId":%d,"teacherId":%d,"weekday":"MONDAY","startTime":"10:00",
                 "endTime":"10:45","validFrom":"2026-01-01","validTo":"2026-07-31"}""".formatted(classId,
                slotSubject, slotTeacher)).andExpect(status().isCreated());

        for (String url : new String[] {"/api/teachers/" + homeroom, "/api/teachers/" + teaching,
                "/api/teachers/" + slotTeacher, "/api/subjects/" + subject, "/api/subjects/" + slotSubject}) {
            deleteAs(admin, url).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("in-use"));
        }
        deleteAs(admin, "/api/teachers/" + data.teacher()).andExpect(status().isNoContent());
        deleteAs(admin, "/api/subjects/" + data.subject()).andExpect(status().isNoContent());
    }

    @Test
    void classWithStudentsNeedsCascadeToDelete() throws Exception {
        long teacher = data.teacher();
        JsonNode created = body(postAs(admin, "/api/classes",
                "{\"name\":\"" + TestData.unique("10A") + "\",\"grade\":10,\"homeroomTeacherId\":" + teacher + "}")
                .andExpect(status().isCreated()));
        long classId = created.get("id").asLong();
        long student = data.student(classId);
        getAs(admin, "/api/classes/" + classId).andExpect(jsonPath("$.studentCount").value(1))
                .andExpect(jsonPath("$.homeroomTeacherId").value(teacher));

        deleteAs(admin, "/api/classes/" + classId).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("in-use"));
        deleteAs(admin, "/api/classes/" + classId + "?cascade=true").andExpect(status().isNoContent());
        assertThat(count("select count(*) from students where id = ?", student)).isZero();
    }

    @Test
    void roomsAndUnknownReferences() throws Exception {
        String name = TestData.unique("Lab");
        postAs(admin, "/api/rooms", "{\"name\":\"" + name + "\",\"capacity\":-1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capacity"));
        postAs(admin, "/api/rooms", "{\"name\":\"" + name + "\",\"capacity\":30}").andExpect(status().isCreated());
        postAs(admin, "/api/rooms", "{\"name\":\"" + name + "\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("name"));
        postAs(admin, "/api/classes", "{\"name\":\"X\",\"grade\":10,\"homeroomTeacherId\":999999}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("homeroomTeacherId"));
        putAs(admin, "/api/rooms/999999", "{\"name\":\"nowhere\"}").andExpect(status().isNotFound());
    }
}
