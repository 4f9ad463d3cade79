package app.attendance.api.attendance;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.student;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.auth.WebSecurityTestSupport;
import app.attendance.api.system.ApiException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The session controller slice: every action checks session access before acting. */
@WebMvcTest(SessionController.class)
@Import(WebSecurityTestSupport.class)
class SessionControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SessionService service;
    @MockitoBean
    SessionGenerator generator;
    @MockitoBean
    ManualMarking manual;
    @MockitoBean
    AccessPolicy access;

    @Test
    void actionsOnAForeignSessionAreRefusedBeforeAnythingHappens() throws Exception {
        doThrow(ApiException.forbidden("not yours")).when(access).requireSession(5);
        mvc.perform(post("/api/sessions/5/close").with(teacher(2))).andExpect(status().isForbidden());
        mvc.perform(put("/api/sessions/5/attendance/9").with(teacher(2)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"PRESENT\"}")).andExpect(status().isForbidden());
        verifyNoInteractions(service, manual);
    }

    @Test
    void manualMarkReturnsTheRosterRow() throws Exception {
        when(manual.set(5, 9, AttendanceStatus.EXCUSED, "sick")).thenReturn(new RosterRow(9, "S9", "Bo",
                AttendanceStatus.EXCUSED, null, Source.MANUAL, null, "sick", false));
        mvc.perform(put("/api/sessions/5/attendance/9").with(teacher(2)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"EXCUSED\",\"note\":\"sick\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXCUSED"))
                .andExpect(jsonPath("$.source").value("MANUAL"));
        verify(access).requireSession(5);
    }

    @Test
    void generateIsForAdminsAndValidated() throws Exception {
        mvc.perform(post("/api/sessions/generate").with(teacher(2)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/sessions/generate").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2026-09-01\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        when(generator.generate(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))).thenReturn(new GenerateResult(3,
                1));
        mvc.perform(post("/api/sessions/generate").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2026-09-01\",\"to\":\"2026-09-30\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.existing").value(1));
    }

    @Test
    void listPassesTheTeachersScopeAndStudentsAreRefused() throws Exception {
        when(access.teacherScope()).thenReturn(2L);
        mvc.perform(get("/api/sessions?date=2026-09-01&status=OPEN").with(teacher(2))).andExpect(status().isOk());
        verify(service).list(LocalDate.of(2026, 9, 1), null, null, null, null, SessionStatus.OPEN, 2L, null, null,
                null);
        mvc.perform(get("/api/sessions").with(student(3))).andExpect(status().isForbidden());
        mvc.perform(get("/api/sessions?date=yesterday").with(admin())).andExpect(status().isBadRequest());
        when(service.get(any(Long.class))).thenThrow(ApiException.notFound("session", 77));
        mvc.perform(get("/api/sessions/77").with(admin())).andExpect(status().isNotFound());
    }
}
