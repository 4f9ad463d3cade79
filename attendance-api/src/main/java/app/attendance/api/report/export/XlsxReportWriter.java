package app.attendance.api.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * XLSX streamed with POI's {@link SXSSFWorkbook}: only a window of rows is in memory, the rest
 * goes to a temporary file that is deleted afterwards. A bold title, the notes, then a styled
 * header row with frozen panes and an auto-filter; numbers, percentages (fractions formatted
 * {@code 0.0%}), dates and times are real typed cells. A report longer than a sheet continues
 * on further sheets, each with its own header.
 */
@Component
public class XlsxReportWriter implements ReportWriter {

    private static final int WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    @Override
    public ExportFormat format() {
        return ExportFormat.XLSX;
    }

    @Override
    public void write(ReportTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            SheetCursor cursor = new SheetCursor(workbook, table, styles);
            List<ReportColumn> columns = table.columns();
            table.rows().forEachRow(values -> {
                Row row = cursor.nextDataRow();
                for (int i = 0; i < columns.size(); i++) {
                    Object value = values.get(i);
                    if (value != null) {
                        cell(row.createCell(i), columns.get(i).type(), value, styles);
                    }
                }
            });
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void cell(Cell cell, ColumnType type, Object value, Styles styles) {
        switch (type) {
            case INTEGER, DECIMAL, PERCENT -> cell.setCellValue(((Number) value).doubleValue());
            case DATE -> cell.setCellValue((LocalDate) value);
            case DATETIME -> cell.setCellValue((LocalDateTime) value);
            case TIME -> cell.setCellValue(((LocalTime) value).toSecondOfDay() / 86_400.0);
            case TEXT -> cell.setCellValue(value.toString());
        }
        CellStyle style = styles.byType.get(type);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Cell styles, created once per workbook (a workbook holds at most 64 000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final Map<ColumnType, CellStyle> byType = new EnumMap<>(ColumnType.class);

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            var formats = wb.createDataFormat();
            byType.put(ColumnType.INTEGER, numeric(wb, formats.getFormat("0")));
            byType.put(ColumnType.DECIMAL, numeric(wb, formats.getFormat("0.000")));
            byType.put(ColumnType.PERCENT, numeric(wb, formats.getFormat("0.0%")));
            byType.put(ColumnType.DATE, numeric(wb, formats.getFormat("yyyy-mm-dd")));
            byType.put(ColumnType.TIME, numeric(wb, formats.getFormat("hh:mm")));
            byType.put(ColumnType.DATETIME, numeric(wb, formats.getFormat("yyyy-mm-dd hh:mm:ss")));
        }

        private static CellStyle numeric(SXSSFWorkbook wb, short format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format);
            return s;
        }
    }

    /** Hands out data rows, opening a new sheet (with title, notes and header) when one is full. */
    private static final class SheetCursor {
        private final SXSSFWorkbook workbook;
        private final ReportTable table;
        private final Styles styles;
        private SXSSFSheet sheet;
        private int next;
        private int sheets;

        SheetCursor(SXSSFWorkbook workbook, ReportTable table, Styles styles) {
            this.workbook = workbook;
            this.table = table;
            this.styles = styles;
            openSheet();
        }

        Row nextDataRow() {
            if (next >= MAX_ROWS) {
                openSheet();
            }
            return sheet.createRow(next++);
        }

        private void openSheet() {
            sheets++;
            String name = sheets == 1 ? table.title() : table.title() + " (" + sheets + ")";
            sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(uniqueName(name)).replaceAll("\\s+", " "));
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(table.title());
            titleCell.setCellStyle(styles.title);
            int r = 1;
            for (String note : table.notes()) {
                sheet.createRow(r++).createCell(0).setCellValue(note);
            }
            r++;
            Row header = sheet.createRow(r);
            List<ReportColumn> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(columns.get(i).header());
                c.setCellStyle(styles.header);
                sheet.setColumnWidth(i, width(columns.get(i)));
            }
            sheet.createFreezePane(0, r + 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, Math.max(0, columns.size() - 1)));
            next = r + 1;
        }

        private String uniqueName(String name) {
            // sheet names are limited to 31 characters; keep the sheet number visible
            String suffix = sheets == 1 ? "" : " (" + sheets + ")";
            String stem = sheets == 1 ? name : table.title();
            return stem.length() + suffix.length() > 31 ? stem.substring(0, 31 - suffix.length()) + suffix : stem
                    + suffix;
        }

        private static int width(ReportColumn column) {
            int chars = switch (column.type()) {
                case DATE -> 12;
                case DATETIME -> 20;
                case TIME -> 8;
                case INTEGER, DECIMAL, PERCENT -> 10;
                case TEXT -> 24;
            };
            return Math.min(255, Math.max(chars, Math.min(column.header().length() + 2, 40))) * 256;
        }
    }
}
