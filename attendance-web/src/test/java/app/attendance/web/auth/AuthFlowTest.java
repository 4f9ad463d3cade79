package app.attendance.web.auth;

import static app.attendance.web.support.Api.bearer;
import static app.attendance.web.support.Api.json;
import static app.attendance.web.support.Api.page;
import static app.attendance.web.support.Api.path;
import static app.attendance.web.support.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.web.api.ApiTokens;
import app.attendance.web.support.Api;
import app.attendance.web.support.PageTest;
import app.attendance.web.support.Users;
import jakarta.servlet.http.Cookie;
import java.net.ConnectException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PageTest
class AuthFlowTest {

    private static final String LOGIN_OK = """
            {"accessToken":"acc-9","refreshToken":"ref-9","expiresIn":900,
             "user":{"id":7,"username":"lan","role":"TEACHER","displayName":"Nguyễn Thị Lan","teacherId":4}}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MockRestServiceServer api;

    @Test
    void signInKeepsTheApiTokensInTheSessionOnly() throws Exception {
        api.expect(path("/api/auth/login")).andExpect(method(HttpMethod.POST))
                .andExpect(Api.body("{\"username\":\"lan\",\"password\":\"secret\"}"))
                .andRespond(json(LOGIN_OK));

        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", "lan").param("password", "secret"))
                .andExpect(redirectedUrl("/"))
                .andReturn();

        ApiTokens tokens = ApiTokens.of(result.getRequest().getSession(false));
        assertThat(tokens.accessToken()).isEqualTo("acc-9");
        assertThat(tokens.refreshToken()).isEqualTo("ref-9");
        Cookie[] cookies = result.getResponse().getCookies();
        assertThat(Arrays.stream(cookies).map(Cookie::getValue)).noneMatch(v -> v.contains("acc-9") || v.contains(
                "ref-9"));
        assertThat(result.getResponse().getContentAsString()).doesNotContain("acc-9");
        api.verify();
    }

    @Test
    void theSignedInTeacherSeesOnlyTheirOwnSessions() throws Exception {
        api.expect(path("/api/auth/login")).andRespond(json(LOGIN_OK));
        api.expect(path("/api/sessions")).andExpect(bearer("acc-9"))
                .andExpect(org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam("teacherId",
                        "4"))
                .andRespond(page("[]"));
        api.expect(path("/api/dashboard")).andExpect(bearer("acc-9")).andRespond(json(
                """
                {"today":{"present":0,"late":0,"absent":0,"counted":0,"rate":null},
                 "week":{"present":0,"late":0,"absent":0,"counted":0,"rate":null},"atRisk":0,"atRiskRate":0.8,
                 "faceService":{"up":true,"indexFaces":0,"indexSubjects":0},"devices":{"total":0,"online":0},"activity":[]}"""));
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                .param("username", "lan").param("password", "secret")).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        api.verify();
    }

    @Test
    void signInForwardsTheBrowserAddressWithTheWebSecret() throws Exception {
        api.expect(path("/api/auth/login"))
                .andExpect(header(ApiAuthenticationProvider.CLIENT_HEADER, "203.0.113.7"))
                .andExpect(header(ApiAuthenticationProvider.PROOF_HEADER, PageTest.WEB_CLIENT_SECRET))
                .andRespond(json(LOGIN_OK));

        mvc.perform(post("/login").with(csrf()).param("username", "lan").param("password", "secret")
                .with(r -> {
                    r.setRemoteAddr("203.0.113.7");
                    return r;
                }))
                .andExpect(redirectedUrl("/"));
        api.verify();
    }

    @Test
    void theForwardedBrowserAddressIsBelievedOnlyFromATrustedProxy() throws Exception {
        signInFrom("127.0.0.1", "198.51.100.4", "198.51.100.4"); // loopback: the default trusted proxy
        signInFrom("203.0.113.9", "198.51.100.4", "203.0.113.9"); // anyone else: the header is dropped
    }

    private void signInFrom(String peer, String forwardedFor, String expectedClient) throws Exception {
        api.reset();
        api.expect(path("/api/auth/login"))
                .andExpect(header(ApiAuthenticationProvider.CLIENT_HEADER, expectedClient))
                .andRespond(json(LOGIN_OK));
        mvc.perform(post("/login").with(csrf()).param("username", "lan").param("password", "secret")
                .header("X-Forwarded-For", forwardedFor)
                .with(r -> {
                    r.setRemoteAddr(peer);
                    return r;
                }))
                .andExpect(status().is3xxRedirection());
        api.verify();
    }

    @Test
    void wrongPasswordGoesBackToTheFormWithTheReason() throws Exception {
        api.expect(path("/api/auth/login")).andRespond(problem(HttpStatus.UNAUTHORIZED,
                "{\"status\":401,\"code\":\"unauthenticated\",\"detail\":\"Bad credentials\"}"));
        mvc.perform(post("/login").with(csrf()).param("username", "lan").param("password", "nope"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aPasswordRefusedBecausePasswordsAreOffSaysSo() throws Exception {
        api.expect(path("/api/auth/login")).andRespond(problem(HttpStatus.FORBIDDEN,
                "{\"status\":403,\"code\":\"password-login-disabled\",\"detail\":\"off\"}"));
        mvc.perform(post("/login").with(csrf()).param("username", "lan").param("password", "pw"))
                .andExpect(redirectedUrl("/login?error=password-off"));
    }

    @Test
    void theLoginPageWithoutSingleSignOnIsTheFormAsBefore() throws Exception {
        String html = mvc.perform(get("/login?error=sso-unknown")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("id=\"password\"").doesNotContain("ssoLogin");
        mvc.perform(get("/login/sso")).andExpect(redirectedUrl("/login?error=sso-unavailable"));
    }

    @Test
    void anUnreachableApiAtSignInIsExplained() throws Exception {
        api.expect(path("/api/auth/login")).andRespond(withException(new ConnectException("refused")));
        mvc.perform(post("/login").with(csrf()).param("username", "lan").param("password", "x"))
                .andExpect(redirectedUrl("/login?error=unavailable"));
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheCallRepeated() throws Exception {
        api.expect(path("/api/subjects")).andExpect(bearer(Users.ACCESS)).andRespond(problem(HttpStatus.UNAUTHORIZED,
                "{\"status\":401,\"code\":\"unauthenticated\",\"detail\":\"Token expired\"}"));
        api.expect(path("/api/auth/refresh")).andExpect(Api.body("{\"refreshToken\":\"" + Users.REFRESH + "\"}"))
                .andExpect(request -> assertThat(request.getHeaders().containsHeader("Authorization")).isFalse())
                .andRespond(json("{\"accessToken\":\"access-2\",\"refreshToken\":\"refresh-2\",\"expiresIn\":900}"));
        api.expect(path("/api/subjects")).andExpect(bearer("access-2")).andRespond(page("[]"));

        MvcResult result = mvc.perform(get("/subjects").with(Users.admin())).andExpect(status().isOk()).andReturn();

        ApiTokens tokens = ApiTokens.of(result.getRequest().getSession(false));
        assertThat(tokens.accessToken()).isEqualTo("access-2");
        assertThat(tokens.refreshToken()).isEqualTo("refresh-2");
        api.verify();
    }

    @Test
    void whenTheRefreshTokenIsRejectedTooTheUserSignsInAgain() throws Exception {
        api.expect(path("/api/subjects")).andRespond(problem(HttpStatus.UNAUTHORIZED, "{\"status\":401}"));
        api.expect(path("/api/auth/refresh")).andRespond(problem(HttpStatus.UNAUTHORIZED, "{\"status\":401}"));

        mvc.perform(get("/subjects").with(Users.admin())).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void signOutRevokesTheRefreshTokenAtTheApi() throws Exception {
        api.expect(path("/api/auth/logout")).andExpect(method(HttpMethod.POST)).andExpect(bearer(Users.ACCESS))
                .andExpect(Api.body("{\"refreshToken\":\"" + Users.REFRESH + "\"}"))
                .andRespond(withNoContent());
        mvc.perform(post("/logout").with(Users.admin()).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        api.verify();
    }

    @Test
    void theLoginPageSpeaksVietnameseOnRequest() throws Exception {
        String html = mvc.perform(get("/login").param("lang", "vi")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Đăng nhập").contains("Mật khẩu").doesNotContain("??");
    }

    @Test
    void aLanguageThatIsNoLocaleIsIgnored() throws Exception {
        String html = mvc.perform(get("/login").param("lang", "../../etc")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Password");
    }

    @Test
    void studentsGoToTheirOwnPageAndCannotOpenSessions() throws Exception {
        mvc.perform(get("/").with(Users.student(11))).andExpect(redirectedUrl("/me"));
        mvc.perform(get("/sessions").with(Users.student(11))).andExpect(status().isForbidden());
    }
}
