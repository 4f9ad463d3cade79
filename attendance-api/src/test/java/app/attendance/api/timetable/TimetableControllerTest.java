package app.attendance.api.timetable;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.WebSecurityTestSupport;
import app.attendance.api.system.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The timetable controller slice: admin-only writes, validation and the clash problem shape. */
@WebMvcTest(TimetableController.class)
@Import(WebSecurityTestSupport.class)
class TimetableControllerTest {

    private static final String SLOT = """
            {"classId":1,"subjectId":2,"teacherId":3,"weekday":"MONDAY","startTime":"08:00","endTime":"08:45",
             "validFrom":"2026-09-01","validTo":"2027-01-31"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TimetableService service;

    @Test
    void clashProblemListsEachClash() throws Exception {
        when(service.create(any())).thenThrow(new ApiException(HttpStatus.CONFLICT, "timetable-clash", "clashes")
                .with("clashes", List.of(new Clash(4, Clash.Kind.TEACHER, "Teacher T already teaches"),
                        new Clash(4, Clash.Kind.ROOM, "Room R is already used"))));
        mvc.perform(post("/api/timetable").with(admin()).contentType(MediaType.APPLICATION_JSON).content(SLOT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("timetable-clash"))
                .andExpect(jsonPath("$.clashes[0].slotId").value(4))
                .andExpect(jsonPath("$.clashes[1].kind").value("ROOM"))
                .andExpect(jsonPath("$.clashes[1].description").value("Room R is already used"));
    }

    @Test
    void teachersCannotWriteAndBadTimesAre400() throws Exception {
        mvc.perform(post("/api/timetable").with(teacher(3)).contentType(MediaType.APPLICATION_JSON).content(SLOT))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/timetable").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(SLOT.replace("08:45", "8h45")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("validation"));
        verifyNoInteractions(service);
    }
}
