package app.attendance.api.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes CSV and reads it back with an RFC 4180 parser. */
class CsvReportWriterTest {

    @Test
    void writesHeaderAndTypedValuesThatParseBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(SampleTables.sample(), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

        List<List<String>> rows = CsvParser.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("Student", "Present", "Rate (%)", "Date", "Start", "First seen",
                "Similarity");
        assertThat(rows.get(1)).containsExactly("Nguyễn Thị Ánh, 10A1", "7", "87.5", "2026-11-24", "08:00",
                "2026-11-24 08:03:12", "0.612");
        assertThat(rows.get(2)).containsExactly("'=HYPERLINK(\"x\")", "0", "", "", "", "", "");
        assertThat(rows.get(3)).containsExactly("Trần \"Bé\" Đức", "12", "66.7", "2026-12-01", "13:45",
                "2026-12-01 13:50:00", "0.500");
    }

    @Test
    void endsEveryLineWithCrLf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter().write(SampleTables.many(3), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n", -1)).hasSize(5).endsWith("");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
    }
}
