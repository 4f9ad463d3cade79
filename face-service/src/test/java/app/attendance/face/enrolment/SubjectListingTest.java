package app.attendance.face.enrolment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.face.index.ExactFaceIndex;
import app.attendance.face.index.FaceVector;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** {@code GET /v1/subjects}: keyset pages of subject ids with face counts, and a cursor to the next page. */
class SubjectListingTest {

    private final ExactFaceIndex index = new ExactFaceIndex();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SubjectController(null, index, null)).build();

    @Test
    void pagesThroughTheSubjectsInIdOrder() throws Exception {
        for (String subject : List.of("student-3", "student-10", "student-2", "other")) {
            index.add(List.of(face(subject, "a"), face(subject, "b")));
        }
        index.add(List.of(face("student-2", "c")));

        mvc.perform(get("/v1/subjects").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects.length()").value(2))
                .andExpect(jsonPath("$.subjects[0].subjectId").value("other"))
                .andExpect(jsonPath("$.subjects[0].faces").value(2))
                .andExpect(jsonPath("$.subjects[1].subjectId").value("student-10"))
                .andExpect(jsonPath("$.next").value("student-10"));
        mvc.perform(get("/v1/subjects").param("after", "student-10").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects.length()").value(2))
                .andExpect(jsonPath("$.subjects[0].subjectId").value("student-2"))
                .andExpect(jsonPath("$.subjects[0].faces").value(3))
                .andExpect(jsonPath("$.subjects[1].subjectId").value("student-3"))
                .andExpect(jsonPath("$.next").value("student-3"));
        mvc.perform(get("/v1/subjects").param("after", "student-3").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects.length()").value(0))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/v1/subjects"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjects.length()").value(4))
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    @Test
    void refusesALimitOutOfRangeOrABadCursor() {
        assertThatThrownBy(() -> mvc.perform(get("/v1/subjects").param("limit", "0")))
                .hasStackTraceContaining("limit must be between 1 and 1000.");
        assertThatThrownBy(() -> mvc.perform(get("/v1/subjects").param("limit", "1001")))
                .hasStackTraceContaining("limit must be between 1 and 1000.");
        assertThatThrownBy(() -> mvc.perform(get("/v1/subjects").param("after", "a/b")))
                .hasStackTraceContaining("after must be");
    }

    private static FaceVector face(String subject, String face) {
        return new FaceVector(subject + "-" + face, subject, "m1", new float[] {1, 0}, Instant.EPOCH);
    }
}
