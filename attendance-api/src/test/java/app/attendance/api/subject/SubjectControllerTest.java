package app.attendance.api.subject;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.student;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.WebSecurityTestSupport;
import app.attendance.api.system.ApiException;
import app.attendance.api.system.PageResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The subject controller slice with the real security rules and error handling. */
@WebMvcTest(SubjectController.class)
@Import(WebSecurityTestSupport.class)
class SubjectControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SubjectService service;

    @Test
    void listIsPagedForTeachersAndRefusedToStudentsAndAnonymous() throws Exception {
        when(service.list(any(), any(), any(), any())).thenReturn(
                new PageResponse<>(List.of(new SubjectView(1, "MATH", "Mathematics", "#1e88e5")), 0, 20, 1, 1));

        mvc.perform(get("/api/subjects").with(teacher(5)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].code").value("MATH"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/subjects").with(student(7))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/subjects")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void createAnswers201WithLocationAndTeachersMayNotWrite() throws Exception {
        when(service.create(any())).thenReturn(new SubjectView(9, "BIO", "Biology", "#00ff00"));
        String body = "{\"code\":\"BIO\",\"name\":\"Biology\",\"color\":\"#00ff00\"}";

        mvc.perform(post("/api/subjects").with(admin()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/subjects/9"))
                .andExpect(jsonPath("$.id").value(9));
        mvc.perform(post("/api/subjects").with(teacher(5)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalidBodyNeverReachesTheService() throws Exception {
        mvc.perform(post("/api/subjects").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"bad code\",\"name\":\"\",\"color\":\"blue\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(post("/api/subjects").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(service);
    }

    @Test
    void domainErrorsBecomeProblemDetails() throws Exception {
        when(service.get(3)).thenThrow(ApiException.notFound("subject", 3));
        org.mockito.Mockito.doThrow(ApiException.inUse("in use")).when(service).delete(4);

        mvc.perform(get("/api/subjects/3").with(admin())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(delete("/api/subjects/4").with(admin())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("in-use"));
    }
}
