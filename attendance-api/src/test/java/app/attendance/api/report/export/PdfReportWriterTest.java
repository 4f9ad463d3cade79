package app.attendance.api.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Writes PDF and extracts its text with PDFBox. */
class PdfReportWriterTest {

    private final PdfReportWriter writer = new PdfReportWriter((java.nio.file.Path) null);

    @Test
    void writesTitleHeaderAndFormattedValues() throws Exception {
        String text = textOf(SampleTables.sample());

        assertThat(text).contains("Class 10A1: November", "Rate (%)", "First seen", "87.5", "66.7",
                "2026-11-24 08:03:12", "13:45", "0.612");
        assertThat(text).containsAnyOf("Nguyễn Thị Ánh, 10A1", "Nguyen Thi Anh, 10A1");
    }

    @Test
    void longReportsSpanPagesWithTheHeaderRepeated() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(SampleTables.many(2_000), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Student 0", "Student 1999");
            assertThat(text.split("First seen", -1).length - 1).isEqualTo(pdf.getNumberOfPages());
        }
    }

    @Test
    void foldsAccentsForTheLatinFallbackFont() {
        assertThat(PdfReportWriter.fold("Nguyễn Đức Ánh")).isEqualTo("Nguyen Duc Anh");
    }

    private String textOf(ReportTable table) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
