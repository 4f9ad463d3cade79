package app.attendance.api.student;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.student;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** The student controller slice: role rules, body validation, parameters and error mapping. */
@WebMvcTest(StudentController.class)
@Import(WebSecurityTestSupport.class)
class StudentControllerTest {

    private static final StudentView ANNA = new StudentView(7, "S7", "Anna", 3, "10A1", Gender.FEMALE,
            LocalDate.of(2012, 1, 2), null, null, null, true, LocalDate.of(2026, 9, 1), EnrolmentStatus.NONE, 0, null,
            true);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StudentService service;

    @Test
    void studentReadsOwnRecordThroughTheService() throws Exception {
        when(service.get(7)).thenReturn(ANNA);
        mvc.perform(get("/api/students/7").with(student(7))).andExpect(status().isOk())
                .andExpect(jsonPath("$.className").value("10A1"))
                .andExpect(jsonPath("$.dateOfBirth").value("2012-01-02"));
        when(service.get(8)).thenThrow(ApiException.forbidden("not yours"));
        mvc.perform(get("/api/students/8").with(student(7))).andExpect(status().isForbidden());
    }

    @Test
    void studentsCannotListOrWrite() throws Exception {
        mvc.perform(get("/api/students").with(student(7))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/students/7").with(student(7))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/students/7").with(teacher(1))).andExpect(status().isForbidden());
        verifyNoInteractions(service);
    }

    @Test
    void filtersAndCascadeReachTheService() throws Exception {
        mvc.perform(get("/api/students?classId=3&enrolment=ENROLLED&q=an&page=1&size=5&sort=fullName,desc")
                .with(teacher(1))).andExpect(status().isOk());
        verify(service).list(3L, EnrolmentStatus.ENROLLED, null, "an", 1, 5, "fullName,desc");
        mvc.perform(delete("/api/students/7?cascade=true").with(admin())).andExpect(status().isNoContent());
        verify(service).delete(7, true);
        mvc.perform(get("/api/students?enrolment=MAYBE").with(admin())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enrolment"));
    }

    @Test
    void createValidatesEveryField() throws Exception {
        mvc.perform(post("/api/students").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                {"studentCode":"", "fullName":"A", "dateOfBirth":"2999-01-01", "guardianEmail":"nope",
                 "password":"short", "username":"x"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors[?(@.field=='classId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='dateOfBirth')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='guardianEmail')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='password')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='username')]").exists());
        verifyNoInteractions(service);
    }

    @Test
    void consentNeedsAValue() throws Exception {
        mvc.perform(put("/api/students/7/consent").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        when(service.consent(eq(7L), eq(true))).thenReturn(ANNA);
        mvc.perform(put("/api/students/7/consent").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"given\":true}")).andExpect(status().isOk()).andExpect(jsonPath("$.consentGiven").value(
                        true));
        when(service.create(any())).thenThrow(ApiException.duplicate("studentCode", "S7"));
        mvc.perform(post("/api/students").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"studentCode\":\"S7\",\"fullName\":\"Anna\",\"classId\":3}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("studentCode"));
    }
}
