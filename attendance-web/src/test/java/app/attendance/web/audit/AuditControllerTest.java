package app.attendance.web.audit;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.path;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
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
class AuditControllerTest {

    static final String ENTRY = """
            {"id":301,"at":"2026-11-24T01:05:00Z","actor":"lan","action":"MARK_MANUAL","entity":"attendance","entityId":77,
             "oldValue":"ABSENT","newValue":"EXCUSED","reason":"Giấy khám bệnh"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void filtersBySchoolDaysAndShowsWhoWhenWhatAndWhy() throws Exception {
        // School days in Asia/Ho_Chi_Minh (UTC+7): 20 Nov 00:00 to the end of 24 Nov.
        api.expect(path("/api/audit")).andExpect(queryParam("entity", "attendance"))
                .andExpect(queryParam("from", "2026-11-19T17:00:00Z")).andExpect(queryParam("to",
                        "2026-11-24T17:00:00Z"))
                .andExpect(queryParam("page", "0"))
                .andRespond(json("{\"content\":[" + ENTRY
                        + "],\"page\":0,\"size\":20,\"totalElements\":25,\"totalPages\":2}"));
        mvc.perform(get("/audit").param("entity", "attendance").param("from", "2026-11-20").param("to", "2026-11-24")
                .with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("24/11/2026 08:05")))
                .andExpect(content().string(containsString(">lan<")))
                .andExpect(content().string(containsString("MARK_MANUAL")))
                .andExpect(content().string(containsString("#77")))
                .andExpect(content().string(containsString(">ABSENT</code>")))
                .andExpect(content().string(containsString(">EXCUSED</code>")))
                .andExpect(content().string(containsString("Giấy khám bệnh")))
                .andExpect(content().string(containsString(
                        "<option value=\"attendance\" selected=\"selected\">Attendance</option>")))
                .andExpect(content().string(containsString(
                        "href=\"/audit?entity=attendance&amp;from=2026-11-20&amp;to=2026-11-24&amp;page=1\"")));
        api.verify();
    }

    @Test
    void withoutFiltersEverythingIsAskedForAndAnUnknownEntityIsIgnored() throws Exception {
        api.expect(requestTo("http://api.test/api/audit?page=0&size=20"))
                .andRespond(json("{\"content\":[],\"page\":0,\"size\":20,\"totalElements\":0,\"totalPages\":0}"));
        mvc.perform(get("/audit").param("entity", "x'; drop").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No changes recorded for these filters.")))
                .andExpect(content().string(not(containsString("selected=\"selected\""))));
        api.verify();
    }

    @Test
    void thePlainPageShowsTheNewestChanges() throws Exception {
        api.expect(requestTo("http://api.test/api/audit?page=0&size=20"))
                .andRespond(json("{\"content\":[" + ENTRY
                        + "],\"page\":0,\"size\":20,\"totalElements\":1,\"totalPages\":1}"));
        mvc.perform(get("/audit").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("MARK_MANUAL")));
        api.verify();
    }

    @Test
    void onlyAdminsSeeTheAuditLog() throws Exception {
        mvc.perform(get("/audit").with(Users.teacher(3))).andExpect(status().isForbidden());
    }
}
