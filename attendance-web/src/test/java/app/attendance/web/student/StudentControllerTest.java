package app.attendance.web.student;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.Api;
import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.response.MockRestResponseCreators;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class StudentControllerTest {

    static final String STUDENT = """
            {"id":5,"studentCode":"HS005","fullName":"Trần Minh","classId":1,"className":"10A1","gender":"MALE",
             "consentGiven":false,"enrolmentStatus":"NONE","photoCount":0,"username":"hs005","addedLater":{"x":1}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void theListPassesSearchClassAndPageToTheApi() throws Exception {
        api.expect(path("/api/students")).andExpect(queryParam("q", "minh")).andExpect(queryParam("classId", "1"))
                .andExpect(queryParam("page", "2"))
                .andRespond(json("{\"content\":[" + STUDENT
                        + "],\"page\":2,\"size\":20,\"totalElements\":61,\"totalPages\":4}"));
        api.expect(path("/api/classes")).andRespond(page("[{\"id\":1,\"name\":\"10A1\",\"grade\":10}]"));

        mvc.perform(get("/students").param("q", "minh").param("classId", "1").param("page", "2").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trần Minh")))
                .andExpect(content().string(containsString("Page 3 of 4 (61 in total)")))
                .andExpect(content().string(containsString("/students?classId=1&amp;q=minh&amp;page=3")));
    }

    @Test
    void apiValidationErrorsAppearNextToTheStudentFields() throws Exception {
        api.expect(path("/api/students")).andExpect(method(HttpMethod.POST)).andRespond(problem(HttpStatus.BAD_REQUEST, """
                {"status":400,"code":"validation","errors":[{"field":"studentCode","message":"must match HS\\\\d+"},
                 {"field":"somethingElse","message":"server-side rule"}]}"""));
        api.expect(path("/api/classes")).andRespond(page("[]"));

        mvc.perform(post("/students").with(Users.admin()).with(csrf())
                .param("studentCode", "X1").param("fullName", "Trần Minh").param("classId", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<div id=\"studentCode-error\" class=\"invalid-feedback\">must match HS\\d+</div>")))
                .andExpect(content().string(containsString("somethingElse: server-side rule")));
    }

    @Test
    void theEditPageShowsWhenConsentWasGiven() throws Exception {
        api.expect(path("/api/students/5")).andRespond(json(STUDENT.replace("\"consentGiven\":false",
                "\"consentGiven\":true,\"consentDate\":\"2026-09-01\"")));
        api.expect(path("/api/classes")).andRespond(page("[{\"id\":1,\"name\":\"10A1\",\"grade\":10}]"));
        mvc.perform(get("/students/5/edit").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("consent to face recognition on 01/09/2026")))
                .andExpect(content().string(containsString("Withdraw consent")));
    }

    @Test
    void recordingConsentCallsTheApi() throws Exception {
        api.expect(path("/api/students/5/consent")).andExpect(method(HttpMethod.PUT)).andExpect(Api.body(
                "{\"given\":true}"))
                .andRespond(json(STUDENT.replace("\"consentGiven\":false", "\"consentGiven\":true")));
        mvc.perform(post("/students/5/consent").param("given", "true").param("back", "photos").with(Users.admin()).with(
                csrf()))
                .andExpect(redirectedUrl("/students/5/photos"))
                .andExpect(flash().attribute("success", "student.consent.given"));
        api.verify();
    }

    @Test
    void uploadedPhotosAreRelayedAndEachRejectionExplained() throws Exception {
        api.expect(path("/api/students/5/photos")).andExpect(method(HttpMethod.POST))
                .andExpect(request -> {
                    String body = ((MockClientHttpRequest) request).getBodyAsString(StandardCharsets.ISO_8859_1);
                    assertThat(body).contains("name=\"photos\"; filename=\"a.jpg\"").contains(
                            "name=\"photos\"; filename=\"b.jpg\"");
                })
                .andRespond(json(
                        """
                        {"results":[{"fileName":"a.jpg","accepted":true,"photoId":31},
                                    {"fileName":"b.jpg","accepted":false,"reason":"MULTIPLE_FACES","message":"2 faces"},
                                    {"fileName":"c.jpg","accepted":false,"reason":"SOMETHING_NEW","message":"Face turned too far"}]}"""));
        api.expect(path("/api/students/5")).andRespond(json(STUDENT));
        api.expect(path("/api/students/5/photos")).andRespond(json(
                "[{\"id\":31,\"createdAt\":\"2026-11-24T01:00:00Z\",\"faceId\":\"f1\"}]"));

        mvc.perform(multipart("/students/5/photos")
                .file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", new byte[] {1, 2}))
                .file(new MockMultipartFile("photos", "b.jpg", "image/jpeg", new byte[] {3, 4}))
                .with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is more than one face in this photo.")))
                .andExpect(content().string(containsString("Face turned too far")))
                .andExpect(content().string(containsString("/students/5/photos/31/thumbnail")));
    }

    @Test
    void enrolmentWithoutConsentShowsTheApisReason() throws Exception {
        api.expect(path("/api/students/5/photos")).andRespond(problem(HttpStatus.CONFLICT,
                "{\"status\":409,\"code\":\"consent-required\",\"detail\":\"Consent is required before enrolment\"}"));
        api.expect(path("/api/students/5")).andRespond(json(STUDENT));
        api.expect(path("/api/students/5/photos")).andRespond(json("[]"));

        mvc.perform(multipart("/students/5/photos").file(new MockMultipartFile("photos", "a.jpg", "image/jpeg",
                new byte[] {1}))
                .with(Users.admin()).with(csrf()))
                .andExpect(content().string(containsString("Consent is required before enrolment")));
    }

    @Test
    void thumbnailsAreProxiedWithTheAdminsTokenAndNotCached() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 9, (byte) 0xFF, (byte) 0xD9};
        api.expect(path("/api/students/5/photos/31/thumbnail")).andExpect(Api.bearer(Users.ACCESS))
                .andRespond(MockRestResponseCreators.withSuccess(jpeg, MediaType.IMAGE_JPEG));
        mvc.perform(get("/students/5/photos/31/thumbnail").with(Users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_JPEG))
                .andExpect(content().bytes(jpeg))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void teachersCannotSeeStudentPhotos() throws Exception {
        mvc.perform(get("/students/5/photos/31/thumbnail").with(Users.teacher(3))).andExpect(status().isForbidden());
        mvc.perform(get("/students/5/photos/31/thumbnail")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aFailedImportReportsTheBadLines() throws Exception {
        api.expect(path("/api/students/import")).andRespond(problem(HttpStatus.BAD_REQUEST,
                """
                {"status":400,"code":"validation","detail":"2 lines are invalid",
                 "rows":[{"line":3,"errors":["class 10Z does not exist"]},{"line":7,"errors":["duplicate code HS7"]}]}"""));
        mvc.perform(multipart("/students/import/students").file(new MockMultipartFile("file", "s.csv", "text/csv",
                "code,name\n".getBytes(StandardCharsets.UTF_8))).with(Users.admin()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("2 lines are invalid"))
                .andExpect(jsonPath("$.rows[1].line").value(7))
                .andExpect(jsonPath("$.rows[0].errors[0]").value("class 10Z does not exist"));
    }

    @Test
    void aSuccessfulImportAnswersTheCount() throws Exception {
        api.expect(path("/api/students/import")).andRespond(json("{\"imported\":120}"));
        mvc.perform(multipart("/students/import/students").file(new MockMultipartFile("file", "s.csv", "text/csv",
                "a,b\n".getBytes(StandardCharsets.UTF_8))).with(Users.admin()).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(120));
    }

    @Test
    void aOneRosterDryRunShowsTheCountsAndWhatWasNotMapped() throws Exception {
        api.expect(path("/api/import/oneroster")).andExpect(queryParam("dryRun", "true")).andRespond(json("""
                {"dryRun":true,"classes":{"created":2,"updated":0,"unchanged":1,"deactivated":0},
                 "subjects":{"created":1,"updated":0,"unchanged":0,"deactivated":0},
                 "teachers":{"created":2,"updated":0,"unchanged":0,"deactivated":0},
                 "students":{"created":37,"updated":4,"unchanged":0,"deactivated":3},
                 "assignments":{"created":1,"updated":0,"unchanged":0,"deactivated":0},
                 "unmapped":[{"file":"classes.csv","sourcedId":"c-9","name":"Math <mixed>",
                              "reason":"its students are in 2 homeroom classes; it must be one homeroom's"}]}"""));
        mvc.perform(multipart("/students/import/oneroster").file(new MockMultipartFile("file", "export.zip",
                "application/zip", new byte[] {80, 75})).param("dryRun", "true").with(Users.admin()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Import-Fragment", "oneroster"))
                .andExpect(content().string(containsString("Dry run: nothing was written")))
                .andExpect(content().string(containsString("<td class=\"text-end\">37</td>")))
                .andExpect(content().string(containsString("<td class=\"text-end\">3</td>")))
                .andExpect(content().string(containsString("Not mapped (1):")))
                .andExpect(content().string(containsString("Math &lt;mixed&gt;")))
                .andExpect(content().string(containsString("2 homeroom classes")));
    }

    @Test
    void aFailedOneRosterImportListsTheBadLinesWithTheirFile() throws Exception {
        api.expect(path("/api/import/oneroster")).andExpect(queryParam("dryRun", "false"))
                .andRespond(problem(HttpStatus.UNPROCESSABLE_CONTENT,
                        """
                        {"status":422,"code":"validation","detail":"2 line(s) of the export are invalid",
                         "rows":[{"file":"users.csv","line":6,"errors":["identifier 'bad code!' is not a valid code"]},
                                 {"file":"enrollments.csv","line":12,"errors":["class 'x' is not in classes.csv"]}]}"""));
        mvc.perform(multipart("/students/import/oneroster").file(new MockMultipartFile("file", "export.zip",
                "application/zip", new byte[] {80, 75})).param("dryRun", "false").with(Users.admin()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("2 line(s) of the export are invalid")))
                .andExpect(content().string(containsString("users.csv, Line 6:")))
                .andExpect(content().string(containsString("identifier &#39;bad code!&#39; is not a valid code")))
                .andExpect(content().string(containsString("enrollments.csv, Line 12:")));
    }

    @Test
    void anAdminCanReactivateAStudent() throws Exception {
        api.expect(path("/api/students/5/active")).andExpect(method(HttpMethod.PUT))
                .andExpect(Api.body("{\"active\":true}")).andRespond(json(STUDENT));
        mvc.perform(post("/students/5/active").param("active", "true").with(Users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/students/5/edit"))
                .andExpect(flash().attribute("success", "student.active.reactivated"));
    }
}
