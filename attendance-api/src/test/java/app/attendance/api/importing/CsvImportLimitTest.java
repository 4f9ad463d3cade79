package app.attendance.api.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * CSV imports are read only up to {@code attendance.import.max-bytes} (5 MB): a bigger body or file
 * answers 413 and imports nothing; a file of exactly the limit is still read.
 */
class CsvImportLimitTest extends ApiTestBase {

    private static final int LIMIT = 5 * 1024 * 1024;

    @Test
    void aStudentCsvBodyOverTheLimitIs413AndImportsNothing() throws Exception {
        String code = TestData.unique("BIG");
        byte[] csv = padded("studentCode,className,fullName\n" + code + ",NoClass,Big File", LIMIT + 1);

        expect413(mvc.perform(post("/api/students/import").header("Authorization", admin)
                .contentType("text/csv").content(csv)));

        assertThat(count("select count(*) from students where student_code = ?", code)).isZero();
    }

    @Test
    void aTeacherCsvBodyOrFileOverTheLimitIs413() throws Exception {
        byte[] csv = padded("employeeCode,fullName\n" + TestData.unique("E") + ",Big File", LIMIT + 1);

        expect413(mvc.perform(post("/api/teachers/import").header("Authorization", admin)
                .contentType(MediaType.TEXT_PLAIN).content(csv)));
        expect413(mvc.perform(multipart("/api/teachers/import").file(new MockMultipartFile("file", "t.csv",
                "text/csv", csv)).header("Authorization", admin)));
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadAndValidated() throws Exception {
        byte[] csv = padded("employeeCode,fullName\n" + TestData.unique("E") + ",Big File", LIMIT);

        mvc.perform(post("/api/teachers/import").header("Authorization", admin).contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("validation"))
                .andExpect(jsonPath("$.rows[0].errors[0].field").value("fullName"));
    }

    /** The CSV with its last field (a name) lengthened to make the whole {@code size} bytes. */
    private static byte[] padded(String csv, int size) {
        byte[] head = csv.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[size];
        java.util.Arrays.fill(out, (byte) 'x');
        System.arraycopy(head, 0, out, 0, head.length);
        return out;
    }

    private static void expect413(ResultActions result) throws Exception {
        result.andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("too-large"))
                .andExpect(jsonPath("$.limit").value("csv-bytes"));
    }
}
