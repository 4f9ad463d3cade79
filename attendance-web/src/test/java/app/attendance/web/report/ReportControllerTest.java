package app.attendance.web.report;

import static app.attendance.web.support.Api.bearer;
import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.response.MockRestResponseCreators;
import org.springframework.test.web.servlet.MockMvc;

/** The report pages against a mocked attendance-api: what they show, what they relay, and errors. */
@PageTest
class ReportControllerTest {

    private static final String COUNTS = "{\"present\":3,\"late\":2,\"absent\":4,\"excused\":2,\"counted\":9,\"rate\":0.5555555555555556}";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void overviewShowsTotalsChartsClassesAndStudentsAtRisk() throws Exception {
        api.expect(path("/api/reports/summary")).andExpect(bearer(Users.ACCESS)).andExpect(queryParam("period", "WEEK"))
                .andRespond(json("{\"period\":\"WEEK\",\"from\":\"2026-11-02\",\"to\":\"2026-11-10\",\"totals\":"
                        + COUNTS
                        + ",\"rows\":[{\"start\":\"2026-11-02\",\"sessions\":3,\"counts\":" + COUNTS + "}]}"));
        api.expect(path("/api/reports/rates")).andExpect(queryParam("by", "CLASS"))
                .andRespond(json("{\"by\":\"CLASS\",\"from\":\"2026-11-02\",\"to\":\"2026-11-10\",\"rows\":[{\"id\":7,"
                        + "\"code\":\"10A1\",\"name\":\"10A1\",\"sessions\":4,\"counts\":" + COUNTS + "}]}"));
        api.expect(path("/api/reports/at-risk"))
                .andRespond(json("{\"threshold\":0.8,\"minCounted\":5,\"from\":\"2026-11-02\",\"to\":\"2026-11-10\","
                        + "\"rows\":[{\"id\":42,\"code\":\"HS1\",\"name\":\"Nguyễn Thị Chi\",\"className\":\"10A1\","
                        + "\"sessions\":3,\"counts\":{\"present\":0,\"late\":0,\"absent\":2,\"excused\":1,\"counted\":2,\"rate\":0.0}}]}"));

        mvc.perform(get("/reports").param("period", "WEEK").with(Users.teacher(5)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("55.6 %")))
                .andExpect(content().string(containsString("Nguyễn Thị Chi")))
                .andExpect(content().string(containsString("/reports/students/42")))
                .andExpect(content().string(containsString("/reports/classes/7")))
                .andExpect(content().string(containsString("&quot;values&quot;:[55.6]")))
                .andExpect(content().string(containsString("/reports/export/summary?format=xlsx")));
        api.verify();
    }

    @Test
    void exportsAreRelayedFromTheApiWithTheirFileName() throws Exception {
        byte[] csv = "\uFEFFCode,Student\r\nHS1,Nguyễn Thị Chi\r\n".getBytes(StandardCharsets.UTF_8);
        api.expect(path("/api/reports/classes/7/matrix/export")).andExpect(bearer(Users.ACCESS))
                .andExpect(queryParam("format", "csv")).andExpect(queryParam("from", "2026-11-02"))
                .andRespond(MockRestResponseCreators.withSuccess(csv, MediaType.parseMediaType(
                        "text/csv;charset=UTF-8"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"class-10a1.csv\""));

        mvc.perform(get("/reports/export/classes/7").param("format", "csv").param("from", "2026-11-02")
                .with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"class-10a1.csv\""))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().bytes(csv));
        api.verify();
    }

    @Test
    void aClassThatIsNotTheTeachersShowsTheApisRefusal() throws Exception {
        api.expect(path("/api/reports/classes/9/matrix")).andRespond(problem(HttpStatus.FORBIDDEN,
                "{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"This class is not one of yours\",\"code\":\"forbidden\"}"));

        mvc.perform(get("/reports/classes/9").with(Users.teacher(5)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("report-matrix"))));
        api.verify();
    }

    @Test
    void unknownExportsAreNotFoundAndAnonymousUsersMustSignIn() throws Exception {
        mvc.perform(get("/reports/export/everything").param("format", "csv").with(Users.admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
