package app.attendance.api.attendance;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.student;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.AccessPolicy;
import app.attendance.api.auth.WebSecurityTestSupport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
    void studentsGetOnlyTheirOwnRecordsWhateverTheyAskFor() throws Exception {
        when(records.search(any(), any(), any(), any(), any(), any(), any(Pageable.class))).thenReturn(Page.empty());
        mvc.perform(get("/api/me/attendance?studentId=99").with(student(7))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        verify(records).search(eq(7L), isNull(), eq(LocalDate.of(1900, 1, 1)), eq(LocalDate.of(9999, 12, 31)),
                isNull(), isNull(), any(Pageable.class));
        mvc.perform(get("/api/attendance").with(student(7))).andExpect(status().isForbidden());
        mvc.perform(get("/api/me/attendance").with(admin())).andExpect(status().isForbidden());
    }

    @Test
    void teachersListWithinTheirScope() throws Exception {
        when(access.teacherScope()).thenReturn(3L);
        when(records.search(any(), any(), any(), any(), any(), any(), any(Pageable.class))).thenReturn(Page.empty());
        mvc.perform(get("/api/attendance?classId=5&status=LATE&from=2026-09-01").with(teacher(3)))
                .andExpect(status().isOk());
        verify(records).search(isNull(), eq(5L), eq(LocalDate.of(2026, 9, 1)), eq(LocalDate.of(9999, 12, 31)),
                eq(AttendanceStatus.LATE), eq(3L), any(Pageable.class));
        mvc.perform(get("/api/attendance?sort=similarity").with(teacher(3))).andExpect(status().isBadRequest());
    }
}
