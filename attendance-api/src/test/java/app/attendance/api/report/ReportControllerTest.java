package app.attendance.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.attendance.api.report.export.CsvParser;
import app.attendance.api.support.Api;
import app.attendance.api.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The report endpoints through the real security chain: role limits, JSON numbers, and exports
 * read back (POI, PDFBox, a CSV parser) and compared with the JSON of the same report.
 */
@IntegrationTest
class ReportControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    Api api;
    ReportFixture f;
    String range;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, jdbc, passwords);
        f = new ReportFixture(jdbc);
        range = "from=" + ReportFixture.MONDAY + "&to=" + ReportFixture.MONDAY.plusDays(8);
    }

    @Test
    void adminReadsStudentRatesOfAClass() throws Exception {
        JsonNode body = json(api.admin(), "/api/reports/rates?by=STUDENT&classId=" + f.classId + "&" + range);

        assertThat(body.get("rows")).hasSize(4);
        assertThat(body.get("rows").get(1).get("id").asLong()).isEqualTo(f.binh);
        assertThat(body.get("rows").get(1).get("counts").get("rate").asDouble()).isEqualTo(2.0 / 3);
        assertThat(body.get("rows").get(3).get("counts").get("excused").asLong()).isEqualTo(1);
    }

    @Test
    void aTeacherSeesOnlyTheirOwnClasses() throws Exception {
        String teacher = api.teacher(f.teacher);
        JsonNode classes = json(teacher, "/api/reports/rates?by=CLASS&" + range);
        assertThat(classes.get("rows")).extracting(r -> r.get("id").asLong()).containsExactly(f.classId);

        mvc.perform(get("/api/reports/classes/" + f.otherClass + "/matrix?" + range).header("Authorization", teacher))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/reports/summary?classId=" + f.otherClass + "&" + range).header("Authorization", teacher))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/at-risk/export?format=csv&classId=" + f.otherClass)
                .header("Authorization", teacher))
                .andExpect(status().isForbidden());
        JsonNode mine = json(teacher, "/api/reports/classes/" + f.classId + "/matrix?" + range);
        assertThat(mine.get("students")).hasSize(4);
    }

    @Test
    void aStudentReadsOnlyTheirOwnHistory() throws Exception {
        String student = api.student(f.binh);
        mvc.perform(get("/api/reports/rates").header("Authorization", student)).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/students/" + f.binh + "/history").header("Authorization", student))
                .andExpect(status().isForbidden());

        JsonNode mine = json(student, "/api/me/report/history?" + range);
        assertThat(mine.get("studentId").asLong()).isEqualTo(f.binh);
        assertThat(mine.get("rows")).hasSize(3);
        assertThat(mine.get("counts").get("absent").asLong()).isEqualTo(1);
    }

    @Test
    void everyEndpointNeedsAToken() throws Exception {
        mvc.perform(get("/api/reports/summary")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports/records/export?format=csv")).andExpect(status().isUnauthorized());
    }

    @Test
    void badParametersAreProblems() throws Exception {
        String admin = api.admin();
        mvc.perform(get("/api/reports/summary/export?format=doc").header("Authorization", admin))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("validation"));
        mvc.perform(get("/api/reports/summary?from=2026-11-10&to=2026-11-01").header("Authorization", admin))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/sessions/999999999").header("Authorization", admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void matrixXlsxHoldsTheNumbersOfTheScreen() throws Exception {
        String admin = api.admin();
        JsonNode screen = json(admin, "/api/reports/classes/" + f.classId + "/matrix?" + range);
        byte[] xlsx = download(admin, "/api/reports/classes/" + f.classId + "/matrix/export?format=xlsx&" + range);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int header = 5; // title, three notes, a blank row
            assertThat(sheet.getRow(header).getCell(1).getStringCellValue()).isEqualTo("Student");
            int sessions = screen.get("sessions").size();
            assertThat(sessions).isEqualTo(4);
            for (int i = 0; i < 4; i++) {
                JsonNode student = screen.get("students").get(i);
                Row row = sheet.getRow(header + 1 + i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(student.get("fullName").asString());
                for (int s = 0; s < sessions; s++) {
                    JsonNode cell = student.get("cells").get(s);
                    if (cell.isNull()) {
                        assertThat(row.getCell(2 + s)).isNull();
                    } else {
                        assertThat(row.getCell(2 + s).getStringCellValue()).isEqualTo(cell.asString());
                    }
                }
                JsonNode counts = student.get("counts");
                assertThat(row.getCell(2 + sessions).getNumericCellValue()).isEqualTo(counts.get("present").asDouble());
                assertThat(row.getCell(2 + sessions + 2).getNumericCellValue()).isEqualTo(counts.get("absent")
                        .asDouble());
                if (counts.get("rate").isNull()) {
                    assertThat(row.getCell(2 + sessions + 4)).isNull();
                } else {
                    assertThat(row.getCell(2 + sessions + 4).getNumericCellValue()).isEqualTo(counts.get("rate")
                            .asDouble());
                }
            }
        }
    }

    @Test
    void atRiskPdfListsTheStudentsAndRatesOfTheScreen() throws Exception {
        String admin = api.admin();
        String query = "threshold=0.8&minCounted=1&classId=" + f.classId + "&" + range;
        JsonNode screen = json(admin, "/api/reports/at-risk?" + query);
        assertThat(screen.get("rows")).extracting(r -> r.get("id").asLong()).containsExactly(f.chi, f.dung, f.binh);

        byte[] pdf = download(admin, "/api/reports/at-risk/export?format=pdf&" + query);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Students at risk", f.name("Chi"), f.name("Dung"), f.name("Binh"), "66.7", "0.0");
            assertThat(text).doesNotContain(f.name("An"));
            assertThat(text.indexOf(f.name("Chi"))).isLessThan(text.indexOf(f.name("Binh")));
        }
    }

    @Test
    void recordsCsvStreamsEveryRecordOfThePages() throws Exception {
        String admin = api.admin();
        JsonNode page = json(admin, "/api/reports/records?size=200&classId=" + f.classId + "&" + range);
        assertThat(page.get("totalElements").asLong()).isEqualTo(11);

        byte[] csv = download(admin, "/api/reports/records/export?format=csv&classId=" + f.classId + "&" + range);
        List<List<String>> rows = CsvParser.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0)).startsWith("Date", "Start", "Class");
        for (int i = 0; i < 11; i++) {
            JsonNode r = page.get("content").get(i);
            assertThat(rows.get(i + 1).get(6)).isEqualTo(r.get("studentName").asString());
            assertThat(rows.get(i + 1).get(7)).isEqualTo(r.get("status").asString());
            assertThat(rows.get(i + 1).get(0)).isEqualTo(r.get("date").asString());
        }
    }

    @Test
    void summaryCsvEndsWithTheTotals() throws Exception {
        String admin = api.admin();
        byte[] csv = download(admin, "/api/reports/summary/export?format=csv&period=WEEK&classId=" + f.classId + "&"
                + range);
        List<List<String>> rows = CsvParser.parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("Period start", "Sessions", "Present", "Late", "Absent", "Excused",
                "Rate (%)");
        assertThat(rows.get(1)).containsExactly("2026-11-02", "3", "1", "2", "3", "1", "50.0");
        assertThat(rows.get(2)).containsExactly("2026-11-09", "1", "2", "0", "1", "1", "66.7");
        assertThat(rows.get(3)).containsExactly("", "", "3", "2", "4", "2", "55.6");
    }

    private JsonNode json(String auth, String url) throws Exception {
        String body = mvc.perform(get(url).header("Authorization", auth)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return api.read(body);
    }

    private byte[] download(String auth, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", auth)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
