package app.attendance.api.attendance;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.student;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.auth.WebSecurityTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Attendance listings: teachers are scoped, students only ever see their own records. */
@WebMvcTest(AttendanceController.class)
@Import(WebSecurityTestSupport.class)
class AttendanceControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AttendanceRecordRepository records;
    @MockitoBean
    AccessPolicy access;

    @Test
    void studentsUseTheirOwnListingOnly() throws Exception {
        when(records.findAll(any(Specification.class), any(Pageable.class))).thenReturn(Page.empty());
        mvc.perform(get("/api/me/attendance").with(student(7))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/attendance").with(student(7))).andExpect(status().isForbidden());
        mvc.perform(get("/api/me/attendance").with(admin())).andExpect(status().isForbidden());
    }

    @Test
    void teachersListWithinTheirScopeAndBadParametersAre400() throws Exception {
        when(access.teacherScope()).thenReturn(3L);
        when(records.findAll(any(Specification.class), any(Pageable.class))).thenReturn(Page.empty());
        mvc.perform(get("/api/attendance?classId=5&status=LATE&from=2026-09-01").with(teacher(3)))
                .andExpect(status().isOk());
        verify(access).teacherScope();
        mvc.perform(get("/api/attendance?sort=similarity").with(teacher(3))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/attendance?status=MAYBE").with(teacher(3))).andExpect(status().isBadRequest());
    }
}
