package app.attendance.api.room;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.student;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.WebSecurityTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The RoomController slice: teachers read, only admins write, bodies are validated. */
@WebMvcTest(RoomController.class)
@Import(WebSecurityTestSupport.class)
class RoomControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RoomService service;

    @Test
    void teachersReadButDoNotWrite() throws Exception {
        when(service.get(1)).thenReturn(new RoomView(1, "Lab", 30));
        mvc.perform(get("/api/rooms/1").with(teacher(2))).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(
                1));
        mvc.perform(get("/api/rooms/1").with(student(2))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/rooms/1").with(teacher(2))).andExpect(status().isForbidden());
        mvc.perform(put("/api/rooms/1").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("validation"));
        verify(service).get(1);
    }

    @Test
    void adminDeletes() throws Exception {
        mvc.perform(delete("/api/rooms/1").with(admin())).andExpect(status().isNoContent());
        verify(service).delete(1);
    }

    @Test
    void anonymousIsRefused() throws Exception {
        mvc.perform(get("/api/rooms")).andExpect(status().isUnauthorized());
        verifyNoInteractions(service);
    }
}
