package app.attendance.web.kiosk;

import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.support.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;

@PageTest
class KioskControllerTest {

    static final String ME = """
            {"device":{"id":8,"name":"Cửa A101"},"session":{"id":42,"subjectName":"Toán","className":"10A1","startTime":"08:00","endTime":"08:45"}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void withoutAKeyTheKioskAsksForOne() throws Exception {
        mvc.perform(get("/kiosk")).andExpect(status().isOk()).andExpect(content().string(containsString(
                "name=\"key\"")));
    }

    @Test
    void aCheckedKeyStaysServerSideAndFramesAreRelayedWithIt() throws Exception {
        api.expect(path("/api/devices/me")).andExpect(header("X-Device-Key", "dk_1"))
                .andExpect(r -> assertThat(r.getHeaders().containsHeader("Authorization")).isFalse())
                .andRespond(json(ME));
        api.expect(path("/api/devices/me")).andExpect(header("X-Device-Key", "dk_1")).andRespond(json(ME));
        api.expect(path("/api/devices/frames")).andExpect(header("X-Device-Key", "dk_1"))
                .andRespond(json(
                        "{\"sessionId\":42,\"width\":640,\"height\":480,\"faces\":[{\"box\":{\"x\":1,\"y\":2,\"width\":3,\"height\":4},\"outcome\":\"MARKED\",\"studentName\":\"Minh\"}]}"));

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/kiosk").param("key", " dk_1 ").session(session).with(csrf())).andExpect(redirectedUrl(
                "/kiosk"));
        String page = mvc.perform(get("/kiosk").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cửa A101").contains("Toán · 10A1").doesNotContain("dk_1");

        mvc.perform(multipart("/kiosk/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", new byte[] {
                1}))
                .session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.faces[0].studentName").value("Minh"));
        api.verify();
    }

    @Test
    void aWrongKeyIsRejectedWithAnExplanation() throws Exception {
        api.expect(path("/api/devices/me")).andRespond(problem(HttpStatus.UNAUTHORIZED, "{\"status\":401}"));
        mvc.perform(post("/kiosk").param("key", "nope").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This key was not accepted")));
    }

    @Test
    void framesWithoutAKeyAreRefused() throws Exception {
        mvc.perform(multipart("/kiosk/frames").file(new MockMultipartFile("image", "f.jpg", "image/jpeg", new byte[] {
                1})).with(csrf()))
                .andExpect(status().isUnauthorized());
        api.verify();
    }
}
