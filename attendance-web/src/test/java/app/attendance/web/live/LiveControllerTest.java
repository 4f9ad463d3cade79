package app.attendance.web.live;

import static app.attendance.web.support.Api.bearer;
import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.Api;
import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.response.MockRestResponseCreators;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class LiveControllerTest {

    static final String SESSION = """
            {"id":42,"classId":1,"className":"10A1","subjectName":"Toán","subjectColor":"#1e88e5","teacherName":"Lan",
             "roomName":"A101","date":"2026-11-24","startTime":"08:00","endTime":"08:45","status":"OPEN",
             "counts":{"present":1,"late":0,"absent":0,"excused":0,"unmarked":1,"pending":1,"total":2}}""";
    static final String ROSTER = """
            [{"studentId":5,"studentCode":"HS005","fullName":"Trần Minh","status":"PRESENT","firstSeenAt":"2026-11-24T01:02:00Z",
              "source":"CAMERA","similarity":0.71,"note":null,"pending":false},
             {"studentId":6,"studentCode":"HS006","fullName":"Lê Hoa","status":null,"pending":true}]""";
    static final String PENDING = """
            [{"id":77,"studentId":6,"studentName":"Lê Hoa","similarity":0.48,"runnerUpName":"Lê Hà","runnerUpSimilarity":0.45,"reason":"POSSIBLE_PHOTO",
              "seenAt":"2026-11-24T01:03:00Z"}]""";
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void theLivePageShowsTheRosterAndThePendingMatches() throws Exception {
        api.expect(path("/api/sessions/42")).andRespond(json(SESSION));
        api.expect(path("/api/sessions/42/roster")).andRespond(json(ROSTER));
        api.expect(path("/api/sessions/42/pending")).andRespond(json(PENDING));

        mvc.perform(get("/sessions/42/live").with(Users.teacher(3)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trần Minh")))
                .andExpect(content().string(containsString("<span> · 08:02</span>"))) // 01:02Z in the school's zone (UTC+7)
                .andExpect(content().string(containsString("data-frames-url=\"/sessions/42/frames\"")))
                .andExpect(content().string(containsString("/sessions/42/pending/77/confirm")))
                .andExpect(content().string(containsString("Lê Hà")))
                .andExpect(content().string(containsString("Possible photo</div>")))
                .andExpect(content().string(containsString("playsinline")));
    }

    @Test
    void aFrameIsRelayedToTheApiAndItsResultReturnedAsJson() throws Exception {
        api.expect(path("/api/sessions/42/frames")).andExpect(method(HttpMethod.POST)).andExpect(bearer(Users.ACCESS))
                .andExpect(request -> {
                    assertThat(request.getHeaders().getContentType().isCompatibleWith(MediaType.MULTIPART_FORM_DATA))
                            .isTrue();
                    String body = ((org.springframework.mock.http.client.MockClientHttpRequest) request)
                            .getBodyAsString(StandardCharsets.ISO_8859_1);
                    assertThat(body).contains("name=\"image\"").contains("Content-Type: image/jpeg")
                            .contains(new String(JPEG, StandardCharsets.ISO_8859_1));
                })
                .andRespond(json(
                        """
                        {"sessionId":42,"width":640,"height":480,"faces":[{"box":{"x":10,"y":20,"width":100,"height":120},
                         "outcome":"MARKED","studentId":5,"studentName":"Trần Minh","status":"PRESENT","similarity":0.71,"liveness":0.98}]}"""));

        mvc.perform(multipart("/sessions/42/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", JPEG))
                .with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.faces[0].outcome").value("MARKED"))
                .andExpect(jsonPath("$.faces[0].box.width").value(100))
                .andExpect(jsonPath("$.faces[0].studentName").value("Trần Minh"));
        api.verify();
    }

    @Test
    void theReviewFieldsOfTheNewFrameAnswerReachThePageAndAreNullOnTheOldOne() throws Exception {
        api.expect(path("/api/sessions/42/frames")).andRespond(json(
                """
                {"sessionId":42,"width":1280,"height":720,"pendingCount":3,"faces":[
                 {"box":{"x":10,"y":20,"width":40,"height":48},"outcome":"NEEDS_CONFIRMATION","studentId":7,
                  "studentName":"Phạm Thu Hà","similarity":0.66,"liveness":0.31,"reason":"POSSIBLE_PHOTO","pendingId":77,"trackId":12},
                 {"box":{"x":300,"y":20,"width":32,"height":38},"outcome":"MARKED","studentId":8,"studentName":"Vũ Đức Long",
                  "status":"PRESENT","similarity":0.74,"reason":"NO_LIVENESS_CHECK","trackId":13,"someLaterField":true}]}"""));
        mvc.perform(multipart("/sessions/42/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", JPEG))
                .with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingCount").value(3))
                .andExpect(jsonPath("$.faces[0].reason").value("POSSIBLE_PHOTO"))
                .andExpect(jsonPath("$.faces[0].pendingId").value(77))
                .andExpect(jsonPath("$.faces[0].trackId").value(12))
                .andExpect(jsonPath("$.faces[1].reason").value("NO_LIVENESS_CHECK"))
                .andExpect(jsonPath("$.faces[1].pendingId").doesNotExist());
        api.verify();
        api.reset();

        api.expect(path("/api/sessions/42/frames")).andRespond(json(
                """
                {"sessionId":42,"width":640,"height":480,"faces":[{"box":{"x":10,"y":20,"width":100,"height":120},"outcome":"UNKNOWN"}]}"""));
        mvc.perform(multipart("/sessions/42/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", JPEG))
                .with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingCount").doesNotExist())
                .andExpect(jsonPath("$.faces[0].reason").doesNotExist())
                .andExpect(jsonPath("$.faces[0].trackId").doesNotExist());
        api.verify();
    }

    @Test
    void aBusyFaceServiceBecomes503WithRetryAfter() throws Exception {
        api.expect(path("/api/sessions/42/frames")).andRespond(MockRestResponseCreators.withStatus(
                HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "7").contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"status\":503,\"code\":\"face-service-unavailable\",\"detail\":\"Face service is busy\"}"));

        mvc.perform(multipart("/sessions/42/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", JPEG))
                .with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "7"))
                .andExpect(jsonPath("$.code").value("face-service-unavailable"));
    }

    @Test
    void framesOfAClosedSessionAreRefusedWithTheReason() throws Exception {
        api.expect(path("/api/sessions/42/frames")).andRespond(problem(HttpStatus.CONFLICT,
                "{\"status\":409,\"code\":\"session-closed\",\"detail\":\"The session is closed\"}"));
        mvc.perform(multipart("/sessions/42/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", JPEG))
                .with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("The session is closed"));
    }

    @Test
    void framesNeedTheCsrfHeaderAndASignedInTeacher() throws Exception {
        mvc.perform(multipart("/sessions/42/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", JPEG))
                .with(Users.teacher(3))).andExpect(status().isForbidden());
        mvc.perform(multipart("/sessions/42/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", JPEG))
                .with(Users.student(9)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void confirmingAPendingMatchRefreshesTheRoster() throws Exception {
        api.expect(path("/api/sessions/42/pending/77/confirm")).andExpect(method(HttpMethod.POST)).andRespond(
                withNoContent());
        api.expect(path("/api/sessions/42/roster")).andRespond(json(ROSTER.replace("\"status\":null",
                "\"status\":\"PRESENT\"")
                .replace("\"pending\":true", "\"pending\":false")));
        api.expect(path("/api/sessions/42/pending")).andRespond(json("[]"));

        mvc.perform(post("/sessions/42/pending/77/confirm").with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"roster\"")))
                .andExpect(content().string(containsString("Present 2")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/pending/77/confirm"))));
        api.verify();
    }

    @Test
    void aManualStatusChangeIsSentWithItsNote() throws Exception {
        api.expect(path("/api/sessions/42/attendance/6")).andExpect(method(HttpMethod.PUT))
                .andExpect(Api.body("{\"status\":\"EXCUSED\",\"note\":\"Doctor's appointment\"}"))
                .andRespond(json("{\"studentId\":6,\"status\":\"EXCUSED\",\"pending\":false}"));
        api.expect(path("/api/sessions/42/roster")).andRespond(json(ROSTER));
        api.expect(path("/api/sessions/42/pending")).andRespond(json("[]"));

        mvc.perform(post("/sessions/42/attendance/6").param("status", "EXCUSED").param("note", " Doctor's appointment ")
                .with(Users.teacher(3)).with(csrf()))
                .andExpect(status().isOk());
        api.verify();
    }

    @Test
    void aRejectedStatusChangeShowsTheApisReasonAboveTheRoster() throws Exception {
        api.expect(path("/api/sessions/42/attendance/6")).andRespond(problem(HttpStatus.BAD_REQUEST,
                "{\"status\":400,\"code\":\"validation\",\"detail\":\"A note is required for EXCUSED\"}"));
        api.expect(path("/api/sessions/42/roster")).andRespond(json(ROSTER));
        api.expect(path("/api/sessions/42/pending")).andRespond(json("[]"));

        mvc.perform(post("/sessions/42/attendance/6").param("status", "EXCUSED").with(Users.teacher(3)).with(csrf()))
                .andExpect(content().string(containsString("A note is required for EXCUSED")));
    }
}
