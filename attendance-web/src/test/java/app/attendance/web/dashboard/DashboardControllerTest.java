package app.attendance.web.dashboard;

import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class DashboardControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void theDashboardSumsTodaysSessions() throws Exception {
        String s1 = "{\"id\":1,\"className\":\"10A1\",\"subjectName\":\"Toán\",\"status\":\"OPEN\",\"startTime\":\"08:00\",\"endTime\":\"08:45\","
                + "\"counts\":{\"present\":20,\"late\":3,\"absent\":1,\"excused\":0,\"unmarked\":10,\"pending\":2,\"total\":34}}";
        String s2 = "{\"id\":2,\"className\":\"10A2\",\"subjectName\":\"Văn\",\"status\":\"CLOSED\",\"startTime\":\"07:00\",\"endTime\":\"07:45\","
                + "\"counts\":{\"present\":30,\"late\":0,\"absent\":5,\"excused\":0,\"unmarked\":0,\"pending\":0,\"total\":35}}";
        api.expect(path("/api/sessions")).andExpect(queryParam("date", LocalDate.now().toString()))
                .andRespond(page("[" + s1 + "," + s2 + "]"));

        mvc.perform(get("/").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 open · 1 closed")))
                .andExpect(content().string(containsString("data-values=\"50,3,6,10\"")))
                .andExpect(content().string(containsString("/sessions/1/live")));
        api.verify();
    }
}
