package app.attendance.api.user;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.student;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** User administration: admins only, password rules, the last admin and one's own login are protected. */
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
    void oneUserIsReadByIdAndAdminOnly() throws Exception {
        when(service.get(12)).thenReturn(new UserView(12, "lan", Role.TEACHER, "Nguyễn Thị Lan", 3L, null, true));
        mvc.perform(get("/api/users/12").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(12))
                .andExpect(jsonPath("$.username").value("lan"))
                .andExpect(jsonPath("$.role").value("TEACHER"))
                .andExpect(jsonPath("$.displayName").value("Nguyễn Thị Lan"))
                .andExpect(jsonPath("$.teacherId").value(3))
                .andExpect(jsonPath("$.studentId").isEmpty())
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/users/12").with(teacher(3))).andExpect(status().isForbidden());
        mvc.perform(get("/api/users/12").with(student(5))).andExpect(status().isForbidden());
        mvc.perform(get("/api/users/12")).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownUserIsA404Problem() throws Exception {
        when(service.get(99)).thenThrow(ApiException.notFound("user", 99));
        mvc.perform(get("/api/users/99").with(admin())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.detail").value("user 99 does not exist"));
    }

    @Test
    void deleteNamesTheCallerSoThatNobodyDeletesThemself() throws Exception {
        mvc.perform(delete("/api/users/7").with(admin())).andExpect(status().isNoContent());
        verify(service).delete(7, 1);
        doThrow(new ApiException(HttpStatus.CONFLICT, "self-delete", "own account")).when(service).delete(1, 1);
        mvc.perform(delete("/api/users/1").with(admin())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("self-delete"));
    }

    @Test
    void lastAdminIsProtected() throws Exception {
        doThrow(new ApiException(HttpStatus.CONFLICT, "last-admin", "no")).when(service).delete(2, 1);
        mvc.perform(delete("/api/users/2").with(admin())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("last-admin"));
    }
}
