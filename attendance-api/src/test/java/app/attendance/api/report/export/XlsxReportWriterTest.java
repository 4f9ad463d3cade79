package app.attendance.api.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Writes XLSX with the streaming writer and reads it back with POI's full reader. */
class XlsxReportWriterTest {

    @Test
    void writesStyledFrozenHeaderAndRealTypedCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(SampleTables.sample(), out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Class 10A1 November");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Class 10A1: November");
            Row header = sheet.getRow(3);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Rate");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);

            Row first = sheet.getRow(4);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh, 10A1");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(0.875);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 24, 0, 0));
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(8.0 / 24);
            assertThat(first.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 24, 8, 3,
                    12));

            Row second = sheet.getRow(5);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(2)).isNull();
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Trần \"Bé\" Đức");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void streamsManyRowsIntoOneSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(SampleTables.many(5_000), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + 5_000);
            assertThat(sheet.getRow(2 + 5_000).getCell(1).getNumericCellValue()).isEqualTo(4_999.0);
        }
    }
}
