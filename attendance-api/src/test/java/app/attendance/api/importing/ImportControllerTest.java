package app.attendance.api.importing;

import static app.attendance.api.auth.WebSecurityTestSupport.admin;
import static app.attendance.api.auth.WebSecurityTestSupport.teacher;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.auth.WebSecurityTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The import controller slice: CSV body or multipart file, admin only, other media types 415. */
@WebMvcTest(ImportController.class)
@Import({WebSecurityTestSupport.class, CsvUploads.class})
@EnableConfigurationProperties(ImportProperties.class)
class ImportControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    StudentImporter students;
    @MockitoBean
    TeacherImporter teachers;

    @Test
    void csvBodyAndMultipartFileReachTheImporter() throws Exception {
        when(students.importCsv("a,b\n")).thenReturn(new ImportResult(1));
        mvc.perform(post("/api/students/import").with(admin()).contentType("text/csv").content("a,b\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        when(teachers.importCsv("x,y\n")).thenReturn(new ImportResult(2));
        mvc.perform(multipart("/api/teachers/import").file(new MockMultipartFile("file", "t.csv", "text/csv",
                "x,y\n".getBytes())).with(admin())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(
                        2));
    }

    @Test
    void teachersMayNotImportAndJsonIsUnsupported() throws Exception {
        mvc.perform(post("/api/students/import").with(teacher(1)).contentType("text/csv").content("a\n"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/students/import").with(admin()).contentType("application/json").content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("unsupported-media-type"));
        verifyNoInteractions(students, teachers);
    }
}
