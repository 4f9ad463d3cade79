package app.attendance.api.report.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * PDF with OpenPDF: title, notes, then a table whose header repeats on every page. The table is
 * a "large element": rows are flushed to the output every {@value #FLUSH_EVERY} rows, so memory
 * stays flat however long the report. Landscape when there are more than six columns; the font
 * shrinks for wide tables. A Unicode TrueType font is embedded when one is found (Vietnamese
 * names keep their accents); otherwise Helvetica is used and accents are removed.
 */
@Component
public class PdfReportWriter implements ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(PdfReportWriter.class);
    private static final int FLUSH_EVERY = 500;
    private static final List<Path> KNOWN_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/liberation/LiberationSans-Regular.ttf"));

    private final BaseFont baseFont;
    private final UnaryOperator<String> text;

    /** @param pdfFont {@code attendance.reports.pdf-font} (see {@code ReportProperties}); null tries the known fonts */
    public PdfReportWriter(@Value("${attendance.reports.pdf-font:#{null}}") Path pdfFont) {
        BaseFont found = null;
        for (Path candidate : pdfFont != null ? List.of(pdfFont) : KNOWN_FONTS) {
            if (Files.isReadable(candidate)) {
                try {
                    found = BaseFont.createFont(candidate.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    break;
                } catch (DocumentException | IOException e) {
                    log.warn("PDF font {} could not be loaded: {}", candidate, e.getMessage());
                }
            }
        }
        if (found == null) {
            log.warn("No Unicode TrueType font found for PDF exports; accents will be removed");
            try {
                found = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            } catch (IOException e) {
                throw new IllegalStateException("Helvetica is built into OpenPDF", e);
            }
            text = PdfReportWriter::fold;
        } else {
            text = UnaryOperator.identity();
        }
        baseFont = found;
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public void write(ReportTable table, OutputStream out) throws IOException {
        List<ReportColumn> columns = table.columns();
        Rectangle page = columns.size() > 6 ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(page, 24, 24, 28, 28);
        try {
            PdfWriter.getInstance(document, out).setCloseStream(false);
            document.open();
            document.add(new Paragraph(text.apply(table.title()), new Font(baseFont, 14, Font.BOLD)));
            Font noteFont = new Font(baseFont, 9);
            for (String note : table.notes()) {
                document.add(new Paragraph(text.apply(note), noteFont));
            }
            document.add(new Paragraph(" ", noteFont));
            float size = columns.size() <= 8 ? 9 : Math.max(5, 9 - (columns.size() - 8) * 0.25f);
            Font cellFont = new Font(baseFont, size);
            Font headerFont = new Font(baseFont, size, Font.BOLD);
            PdfPTable pdfTable = new PdfPTable(Math.max(1, columns.size()));
            pdfTable.setWidthPercentage(100);
            pdfTable.setHeaderRows(1);
            pdfTable.setComplete(false);
            for (ReportColumn column : columns) {
                PdfPCell cell = new PdfPCell(new Phrase(text.apply(header(column)), headerFont));
                cell.setBackgroundColor(new Color(0xE0, 0xE0, 0xE0));
                pdfTable.addCell(cell);
            }
            int[] pending = {0};
            table.rows().forEachRow(row -> {
                for (int i = 0; i < columns.size(); i++) {
                    ColumnType type = columns.get(i).type();
                    PdfPCell cell = new PdfPCell(new Phrase(text.apply(CellText.format(type, row.get(i))), cellFont));
                    if (type != ColumnType.TEXT) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    pdfTable.addCell(cell);
                }
                if (++pending[0] % FLUSH_EVERY == 0) {
                    document.add(pdfTable);
                }
            });
            pdfTable.setComplete(true);
            document.add(pdfTable);
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static String header(ReportColumn column) {
        return column.type() == ColumnType.PERCENT ? column.header() + " (%)" : column.header();
    }

    /** Removes accents for the Latin-1 fallback font ("Nguyễn Đức" gives "Nguyen Duc"). */
    static String fold(String s) {
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replace('Đ', 'D').replace('đ', 'd');
    }
}
