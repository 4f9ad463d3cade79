package app.attendance.web.dashboard;

import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class DashboardControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;
    @Autowired
    app.attendance.web.config.SchoolTime time;

    @Test
    void theDashboardSumsTodaysSessions() throws Exception {
        String s1 = "{\"id\":1,\"className\":\"10A1\",\"subjectName\":\"Toán\",\"status\":\"OPEN\",\"startTime\":\"08:00\",\"endTime\":\"08:45\","
                + "\"counts\":{\"present\":20,\"late\":3,\"absent\":1,\"excused\":0,\"unmarked\":10,\"pending\":2,\"total\":34}}";
        String s2 = "{\"id\":2,\"className\":\"10A2\",\"subjectName\":\"Văn\",\"status\":\"CLOSED\",\"startTime\":\"07:00\",\"endTime\":\"07:45\","
                + "\"counts\":{\"present\":30,\"late\":0,\"absent\":5,\"excused\":0,\"unmarked\":0,\"pending\":0,\"total\":35}}";
        api.expect(path("/api/sessions")).andExpect(queryParam("date", time.today().toString()))
                .andRespond(page("[" + s1 + "," + s2 + "]"));
        api.expect(path("/api/dashboard")).andRespond(withSuccess("""
                {"date":"2026-11-24","sessions":[],"today":{"present":50,"late":3,"absent":6,"excused":0,"counted":59,"rate":0.8983},
                 "week":{"present":400,"late":20,"absent":30,"excused":2,"counted":450,"rate":0.9333},
                 "atRisk":7,"atRiskRate":0.8,
                 "faceService":{"up":true,"modelId":"faceplugin-fr-feature","indexFaces":1234,"indexSubjects":411,"error":null},
                 "devices":{"total":4,"online":3},
                 "activity":[{"at":"2026-11-24T01:02:00Z","actor":"admin","action":"UPDATE","entity":"student","entityId":42}]}
                """, MediaType.APPLICATION_JSON));

        mvc.perform(get("/").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 open · 1 closed")))
                .andExpect(content().string(containsString("data-values=\"50,3,6,10\"")))
                .andExpect(content().string(containsString("/sessions/1/live")))
                .andExpect(content().string(containsString("90 %")))
                .andExpect(content().string(containsString("93 %")))
                .andExpect(content().string(containsString("below 80 %")))
                .andExpect(content().string(containsString("1,234 faces of 411 people enrolled")))
                .andExpect(content().string(containsString("of 4 enabled")))
                .andExpect(content().string(containsString("student #42")));
        api.verify();
    }

    @Test
    void theDashboardStillShowsTodaysSessionsWhenTheFiguresFail() throws Exception {
        api.expect(path("/api/sessions")).andRespond(page("[]"));
        api.expect(path("/api/dashboard")).andRespond(withServerError());

        mvc.perform(get("/").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0 open · 0 closed")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Face recognition"))));
        api.verify();
    }
}
