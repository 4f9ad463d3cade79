package app.attendance.api.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.support.ApiTestBase;
import app.attendance.api.support.TestData;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

/** CSV import of students and teachers: all rows or none, every bad row reported with its line. */
class CsvImportApiTest extends ApiTestBase {

    private String className() {
        long id = data.schoolClass(null);
        return jdbc.sql("select name from classes where id = ?").params(id).query(String.class).single();
    }

    @Test
    void validStudentFileLandsCompletely() throws Exception {
        String cls = className();
        String a = TestData.unique("A");
        String b = TestData.unique("B");
        String csv = """
                studentCode,fullName,className,gender,dateOfBirth,guardianEmail,consentGiven
                %s,"Nguyen, An",%s,F,2012-05-31,parent@example.test,yes
                %s,"Said ""Sam"" Tran",%s,,,,
                """.formatted(a, cls, b, cls);
        mvc.perform(post("/api/students/import").header("Authorization", admin).contentType("text/csv").content(csv))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));

        assertThat(jdbc.sql("select full_name from students where student_code = ?").params(a).query(String.class)
                .single()).isEqualTo("Nguyen, An");
        assertThat(jdbc.sql("select full_name from students where student_code = ?").params(b).query(String.class)
                .single()).isEqualTo("Said \"Sam\" Tran");
    }

    @Test
    void anyBadRowRejectsTheWholeFileListingEachBadLine() throws Exception {
        String cls = className();
        String good = TestData.unique("G");
        String dup = TestData.unique("D");
        String csv = String.join("\n",
                "studentCode,fullName,className,gender,dateOfBirth",
                good + ",Good Student," + cls + ",M,2011-01-01",
                dup + ",First," + cls + ",,",
                dup + ",Second," + cls + ",,",
                ",No Code,NoSuchClass,X,31/12/2011",
                TestData.unique("H") + ",Fine," + cls + ",,") + "\n";
        JsonNode problem = body(mvc.perform(post("/api/students/import").header("Authorization", admin)
                .contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation")));

        assertThat(problem.get("rows").size()).isEqualTo(2);
        assertThat(problem.get("rows").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(problem.get("rows").get(1).get("line").asInt()).isEqualTo(5);
        assertThat(problem.get("rows").get(1).get("errors").size()).isEqualTo(4);
        assertThat(count("select count(*) from students where student_code in (?, ?)", good, dup)).isZero();
    }

    @Test
    void unknownColumnOrEmptyFileIs400() throws Exception {
        mvc.perform(post("/api/students/import").header("Authorization", admin).contentType("text/csv")
                .content("studentCode,fullName,className,shoeSize\nX1,A,B,42\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(post("/api/students/import").header("Authorization", admin).contentType("text/csv").content(""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void teachersImportFromMultipartWithSubjects() throws Exception {
        long subject = data.subject();
        String code = jdbc.sql("select code from subjects where id = ?").params(subject).query(String.class).single();
        String e1 = TestData.unique("E");
        String csv = "employeeCode;fullName;email;subjects\n" + e1 + ";Grace Hopper;grace@school.test;" + code + "\n";
        mvc.perform(multipart("/api/teachers/import").file(new MockMultipartFile("file", "teachers.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).header("Authorization", admin))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        assertThat(count("""
                select count(*) from teacher_subjects ts join teachers t on t.id = ts.teacher_id
                where t.employee_code = ? and ts.subject_id = ?""", e1, subject)).isEqualTo(1);

        mvc.perform(post("/api/teachers/import").header("Authorization", admin).contentType("text/csv")
                .content("employeeCode,fullName,subjects\n" + e1 + ",Again,NOPE\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[0].line").value(2))
                .andExpect(jsonPath("$.rows[0].errors.length()").value(2));
    }
}
