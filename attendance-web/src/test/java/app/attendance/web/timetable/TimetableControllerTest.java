package app.attendance.web.timetable;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.hamcrest.Matchers.containsString;
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
class TimetableControllerTest {

    static final String SLOTS = """
            [{"id":1,"classId":1,"className":"10A1","subjectId":2,"subjectCode":"MATH","subjectName":"Toán","subjectColor":"#e53935",
              "teacherId":3,"teacherName":"Lan","roomId":4,"roomName":"A101","weekday":"TUESDAY","startTime":"08:00","endTime":"08:45"},
             {"id":2,"classId":1,"className":"10A1","subjectId":5,"subjectCode":"PHY","subjectName":"Vật lý","subjectColor":"#1e88e5",
              "teacherId":6,"teacherName":"Hùng","roomId":4,"roomName":"A101","weekday":"MONDAY","startTime":"07:00","endTime":"07:45"}]""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    private void referenceData() {
        api.expect(path("/api/classes")).andRespond(page("[{\"id\":1,\"name\":\"10A1\",\"grade\":10}]"));
        api.expect(path("/api/teachers")).andRespond(page(
                "[{\"id\":3,\"employeeCode\":\"GV3\",\"fullName\":\"Lan\"}]"));
        api.expect(path("/api/rooms")).andRespond(page("[{\"id\":4,\"name\":\"A101\",\"capacity\":40}]"));
    }

    @Test
    void theWeekGridPlacesEachLessonInItsDayAndPeriod() throws Exception {
        referenceData();
        api.expect(path("/api/timetable")).andExpect(queryParam("classId", "1")).andRespond(json(SLOTS));

        String html = mvc.perform(get("/timetable").param("classId", "1").with(Users.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // 07:00 row first, with Physics on Monday (first day column); Maths in the 08:00 row on Tuesday
        int physics = html.indexOf("Vật lý");
        int maths = html.indexOf("Toán");
        org.assertj.core.api.Assertions.assertThat(physics).isPositive().isLessThan(maths);
        String row0800 = html.substring(html.indexOf("08:00–08:45"));
        String[] cells = row0800.substring(0, row0800.indexOf("</tr>")).split("<td");
        org.assertj.core.api.Assertions.assertThat(cells[1]).doesNotContain("Toán"); // Monday empty
        org.assertj.core.api.Assertions.assertThat(cells[2]).contains("Toán"); // Tuesday
    }

    @Test
    void aTeacherSeesTheirOwnTimetableByDefault() throws Exception {
        referenceData();
        api.expect(path("/api/timetable")).andExpect(queryParam("teacherId", "3")).andRespond(json("[]"));
        mvc.perform(get("/timetable").with(Users.teacher(3))).andExpect(status().isOk());
        api.verify();
    }

    @Test
    void teachersCannotEditSlots() throws Exception {
        mvc.perform(get("/timetable/slots/new").with(Users.teacher(3))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder slotPost() {
        return slotPost("08:45");
    }

    private MockHttpServletRequestBuilder slotPost(String end) {
        return post("/timetable/slots").with(Users.admin()).with(csrf())
                .param("classId", "1").param("subjectId", "2").param("teacherId", "3").param("roomId", "4")
                .param("weekday", "TUESDAY").param("startTime", "08:00").param("endTime", end)
                .param("validFrom", "2026-09-05").param("validTo", "2027-05-31");
    }

    @Test
    void aNewSlotIsSentAsJson() throws Exception {
        api.expect(path("/api/timetable")).andExpect(method(HttpMethod.POST))
                .andExpect(Api.body(
                        "{\"classId\":1,\"subjectId\":2,\"teacherId\":3,\"roomId\":4,\"weekday\":\"TUESDAY\",\"startTime\":\"08:00:00\",\"endTime\":\"08:45:00\",\"validFrom\":\"2026-09-05\",\"validTo\":\"2027-05-31\"}"))
                .andRespond(json("{\"id\":9}"));
        mvc.perform(slotPost()).andExpect(redirectedUrl("/timetable?classId=1"));
        api.verify();
    }

    @Test
    void clashesAreExplainedAtTheTopAndNextToTheClashingField() throws Exception {
        api.expect(path("/api/timetable")).andRespond(problem(HttpStatus.CONFLICT,
                """
                {"status":409,"code":"timetable-clash","detail":"The slot clashes",
                 "clashes":[{"slotId":12,"kind":"TEACHER","description":"Lan teaches 11B2 on Tuesday 08:00–08:45"}]}"""));
        api.expect(path("/api/classes")).andRespond(page("[]"));
        api.expect(path("/api/teachers")).andRespond(page("[]"));
        api.expect(path("/api/rooms")).andRespond(page("[]"));
        api.expect(path("/api/subjects")).andRespond(page("[]"));

        mvc.perform(slotPost())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The teacher is already teaching then")))
                .andExpect(content().string(containsString(
                        "<div id=\"teacherId-error\" class=\"invalid-feedback\">Lan teaches 11B2 on Tuesday 08:00–08:45</div>")));
    }

    @Test
    void anEndBeforeTheStartIsCaughtBeforeTheApi() throws Exception {
        api.expect(path("/api/classes")).andRespond(page("[]"));
        api.expect(path("/api/teachers")).andRespond(page("[]"));
        api.expect(path("/api/rooms")).andRespond(page("[]"));
        api.expect(path("/api/subjects")).andRespond(page("[]"));
        mvc.perform(slotPost("07:30"))
                .andExpect(content().string(containsString("The end must be after the start.")));
        api.verify();
    }
}
