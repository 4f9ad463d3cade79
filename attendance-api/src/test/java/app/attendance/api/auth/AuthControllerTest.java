package app.attendance.api.auth;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.system.ApiException;
import app.attendance.api.user.Role;
import app.attendance.api.user.UserAccountRepository;
import app.attendance.api.user.UserView;
import app.attendance.api.user.UserViews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The auth controller slice: public login/refresh, the token response shape, 429 with Retry-After. */
@WebMvcTest(AuthController.class)
@Import({WebSecurityTestSupport.class, ClientAddresses.class})
class AuthControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuthService auth;
    @MockitoBean
    UserAccountRepository users;
    @MockitoBean
    UserViews views;
    @MockitoBean
    OidcLogin oidc;

    @Test
    void loginIsPublicAndAnswersTokensAndUser() throws Exception {
        when(auth.login(eq("anna"), eq("pw-123456"), anyString())).thenReturn(new TokenResponse("a.b.c", "r", 900,
                new UserView(3, "anna", Role.TEACHER, "Anna T", 9L, null, true)));
        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\" anna \",\"password\":\"pw-123456\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accessToken").value("a.b.c"))
                .andExpect(jsonPath("$.expiresIn").value(900))
                .andExpect(jsonPath("$.user.role").value("TEACHER"))
                .andExpect(jsonPath("$.user.teacherId").value(9));
    }

    @Test
    void rateLimitedLoginCarriesRetryAfter() throws Exception {
        when(auth.login(anyString(), anyString(), anyString())).thenThrow(new ApiException(HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited", "wait").with("retryAfterSeconds", 42L));
        mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"x\",\"password\":\"y\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "42"));
    }

    @Test
    void meNeedsAToken() throws Exception {
        mvc.perform(get("/api/auth/me")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }
}
