package app.attendance.api.user;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.WebSecurityTestSupport;
import app.attendance.api.system.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** User administration: admins only, password rules, the last admin is protected. */
@WebMvcTest(UserController.class)
@Import(WebSecurityTestSupport.class)
class UserControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    UserService service;

    @Test
    void passwordChangeIsValidatedAndAdminOnly() throws Exception {
        mvc.perform(post("/api/users/3/password").with(teacher(1)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"long-enough-pw\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/users/3/password").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"short\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        verifyNoInteractions(service);
        mvc.perform(post("/api/users/3/password").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"long-enough-pw\"}")).andExpect(status().isNoContent());
        verify(service).changePassword(3, "long-enough-pw");
    }

    @Test
    void lastAdminIsProtected() throws Exception {
        doThrow(new ApiException(HttpStatus.CONFLICT, "last-admin", "no")).when(service).delete(1);
        mvc.perform(delete("/api/users/1").with(admin())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("last-admin"));
    }
}
