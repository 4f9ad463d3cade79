package app.attendance.web.me;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.path;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class MyAttendanceControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void aStudentSeesTheirRecordsAndRate() throws Exception {
        api.expect(path("/api/me/attendance")).andRespond(json(
                """
                {"content":[{"id":1,"date":"2026-11-23","subjectName":"Toán","status":"PRESENT","firstSeenAt":"2026-11-23T01:01:00Z"},
                            {"id":2,"date":"2026-11-23","subjectName":"Văn","status":"LATE"},
                            {"id":3,"date":"2026-11-24","subjectName":"Sử","status":"ABSENT","note":"Sick"},
                            {"id":4,"date":"2026-11-24","subjectName":"Địa","status":"PRESENT"}],"page":0,"size":20,"totalElements":4,"totalPages":1}"""));

        mvc.perform(get("/me").with(Users.student(11)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("75%")))
                .andExpect(content().string(containsString("Sick")))
                .andExpect(content().string(containsString("status-LATE")));
    }

    @Test
    void onlyStudentsHaveAnOwnPage() throws Exception {
        mvc.perform(get("/me").with(Users.admin())).andExpect(status().isForbidden());
    }
}
