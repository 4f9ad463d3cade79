package app.attendance.web.session;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.Api;
import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PageTest
class NewSessionControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    static MockHttpServletRequestBuilder submit(String teacherId, String start, String end) {
        return post("/sessions").param("classId", "1").param("subjectId", "2").param("teacherId", teacherId)
                .param("roomId", "4").param("date", "2026-11-26").param("startTime", start).param("endTime", end)
                .with(csrf());
    }

    void formLists(boolean withTeachers) {
        api.expect(path("/api/classes")).andRespond(page("[{\"id\":1,\"name\":\"10A1\"}]"));
        if (!withTeachers) {
            api.expect(path("/api/timetable")).andExpect(queryParam("teacherId", "3")).andRespond(json(
                    "[{\"classId\":1}]"));
        }
        api.expect(path("/api/subjects")).andRespond(page("[{\"id\":2,\"code\":\"TOAN\",\"name\":\"Toán\"}]"));
        api.expect(path("/api/rooms")).andRespond(page("[{\"id\":4,\"name\":\"A101\"}]"));
        if (withTeachers) {
            api.expect(path("/api/teachers")).andRespond(page("[{\"id\":3,\"fullName\":\"Nguyễn Thị Lan\"}]"));
        }
    }

    @Test
    void anAdminCreatesASessionAndLandsOnItsLivePage() throws Exception {
        api.expect(path("/api/sessions")).andExpect(method(HttpMethod.POST))
                .andExpect(Api.body("""
                        {"classId":1,"subjectId":2,"teacherId":3,"roomId":4,"date":"2026-11-26",
                         "startTime":"14:00:00","endTime":"14:45:00"}"""))
                .andRespond(json("{\"id\":99,\"status\":\"SCHEDULED\"}"));
        mvc.perform(submit("3", "14:00", "14:45").with(Users.admin())).andExpect(redirectedUrl("/sessions/99/live"));
        api.verify();
    }

    @Test
    void aTeacherAlwaysCreatesTheirOwnSession() throws Exception {
        api.expect(path("/api/sessions")).andExpect(Api.body("{\"teacherId\":3}"))
                .andRespond(json("{\"id\":100,\"status\":\"SCHEDULED\"}"));
        mvc.perform(submit("9", "14:00", "14:45").with(Users.teacher(3))).andExpect(redirectedUrl(
                "/sessions/100/live"));
        api.verify();
    }

    @Test
    void apiErrorsAppearNextToTheirFields() throws Exception {
        api.expect(path("/api/sessions")).andRespond(problem(HttpStatus.BAD_REQUEST, """
                {"status":400,"code":"validation","detail":"roomId: does not exist",
                 "errors":[{"field":"roomId","message":"does not exist"}]}"""));
        formLists(true);
        mvc.perform(submit("3", "14:00", "14:45").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div id=\"roomId-error\" class=\"invalid-feedback\">does not exist</div>")))
                .andExpect(content().string(containsString("value=\"14:00\"")));
        api.verify();
    }

    @Test
    void aClassThatIsNotTheTeachersIsRefusedOnTheForm() throws Exception {
        api.expect(path("/api/sessions")).andRespond(problem(HttpStatus.FORBIDDEN,
                "{\"status\":403,\"code\":\"forbidden\",\"detail\":\"This class is not one of yours\"}"));
        formLists(false);
        mvc.perform(submit("3", "14:00", "14:45").with(Users.teacher(3)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div id=\"classId-error\" class=\"invalid-feedback\">This class is not one of yours</div>")))
                .andExpect(content().string(containsString("Ms Lan")))
                .andExpect(content().string(not(containsString("id=\"teacherId\" class=\"form-select\""))));
        api.verify();
    }

    @Test
    void missingFieldsAndAnEndBeforeTheStartAreCaughtBeforeTheApi() throws Exception {
        formLists(true);
        mvc.perform(post("/sessions").param("date", "2026-11-26").param("startTime", "14:45").param("endTime", "14:00")
                .with(csrf()).with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end must be after the start.")))
                .andExpect(content().string(containsString("id=\"classId-error\"")));
        api.verify();
    }

    @Test
    void theFormStartsOnTheChosenDay() throws Exception {
        formLists(true);
        mvc.perform(get("/sessions/new").param("date", "2026-11-27").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2026-11-27\"")))
                .andExpect(content().string(containsString("value=\"07:00\"")))
                .andExpect(content().string(containsString("value=\"07:45\"")));
        api.verify();
    }

    @Test
    void aTeacherChoosesAmongTheirOwnClasses() throws Exception {
        api.expect(path("/api/classes")).andRespond(page("""
                [{"id":1,"name":"10A1","homeroomTeacherId":3},{"id":2,"name":"10A2","homeroomTeacherId":4},
                 {"id":5,"name":"11B1","homeroomTeacherId":4},{"id":6,"name":"12C1","homeroomTeacherId":9}]"""));
        api.expect(path("/api/timetable")).andRespond(json("[{\"classId\":5},{\"classId\":5}]"));
        api.expect(path("/api/subjects")).andRespond(page("[]"));
        api.expect(path("/api/rooms")).andRespond(page("[]"));
        mvc.perform(get("/sessions/new").with(Users.teacher(3)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">10A1</option>")))
                .andExpect(content().string(containsString(">11B1</option>")))
                .andExpect(content().string(not(containsString(">10A2</option>"))))
                .andExpect(content().string(not(containsString(">12C1</option>"))));
        api.verify();
    }

    @Test
    void studentsCannotCreateSessions() throws Exception {
        mvc.perform(submit("3", "14:00", "14:45").with(Users.student(5))).andExpect(status().isForbidden());
    }
}
