package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import id.go.kemensos.replika.base.i18n.Formats;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every printable report shares: A4 pages with the report's title in the header, the time of generation and
 * "page X of Y" in the footer, a heading, sections, label–value blocks and tables whose header row repeats on every
 * page. Text is set in Liberation Sans (shipped inside OpenPDF, embedded as a subset), which has every Latin letter
 * and the punctuation used here (é, –, ·, →). A report builds one from top to bottom, then calls {@link #finish()}.
 */
final class PdfReport {

    private static final float MARGIN = 40;
    private static final float FRAME = 28;
    private static final float FRAME_TEXT = 8;
    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x67, 0x76);
    private static final Color RULE = new Color(0xC5, 0xCC, 0xD4);
    private static final Color HEADER_FILL = new Color(0xE9, 0xEE, 0xF3);
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static BaseFont baseFont;

    private final Locale locale;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;
    private final Font body;
    private final Font quiet;
    private final Font sectionFont;
    private final Font cellFont;
    private final Font cellStrong;

    PdfReport(String title, Locale locale, Instant generatedAt) {
        this.locale = AppI18NProvider.supported(locale);
        BaseFont font = font();
        body = new Font(font, 9.5f, Font.NORMAL, INK);
        quiet = new Font(font, 9f, Font.NORMAL, MUTED);
        sectionFont = new Font(font, 12.5f, Font.BOLD, INK);
        cellFont = new Font(font, 8.5f, Font.NORMAL, INK);
        cellStrong = new Font(font, 8.5f, Font.BOLD, INK);
        document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN + FRAME, MARGIN + FRAME);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFrame(font, title,
                text("report.common.generated", Formats.dateTimeWithZone(generatedAt, this.locale)), this.locale));
        document.addTitle(title);
        document.addCreator("Replika");
        document.setDocumentLanguage(this.locale.toLanguageTag());
        document.open();
        Paragraph kind = new Paragraph(title, new Font(font, 10, Font.NORMAL, MUTED));
        document.add(kind);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return AppI18NProvider.translate(locale, key, args);
    }

    String date(LocalDate date) {
        return Formats.date(date, locale);
    }

    String dateTime(Instant instant) {
        return Formats.dateTime(instant, locale);
    }

    /** A whole number grouped the reader's way: {@code 20.237} in Indonesian, {@code 20,237} in English. */
    String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The record the report is about, large, with a muted line under it. */
    void heading(String text, String subline) {
        Paragraph heading = new Paragraph(text, new Font(font(), 17, Font.BOLD, INK));
        heading.setSpacingBefore(2);
        document.add(heading);
        if (subline != null && !subline.isBlank()) {
            Paragraph under = new Paragraph(subline, quiet);
            under.setSpacingBefore(2);
            document.add(under);
        }
    }

    /** A section title; starts a new page when too little room is left for the title and a few lines. */
    void section(String title) {
        if (writer.getVerticalPosition(false) - document.bottom() < 90) {
            document.newPage();
        }
        Paragraph heading = new Paragraph(title, sectionFont);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(5);
        document.add(heading);
    }

    void paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, body);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /** A muted remark, e.g. that a list is empty or cut short. */
    void note(String text) {
        Paragraph paragraph = new Paragraph(text, quiet);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /** A block of "label  value" lines. */
    Facts facts() {
        return new Facts();
    }

    /** A table with one header row (repeated on every page); widths are relative. */
    Table table(float[] widths, String... headers) {
        if (widths.length != headers.length) {
            throw new IllegalArgumentException("one width per column");
        }
        return new Table(widths, headers);
    }

    /** Closes the document and returns the PDF. */
    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private static synchronized BaseFont font() {
        if (baseFont == null) {
            try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the class path: " + FONT);
                }
                baseFont = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return baseFont;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    final class Facts {

        private final PdfPTable table = new PdfPTable(new float[] {1f, 2.7f});

        private Facts() {
            table.setWidthPercentage(100);
            table.setSpacingAfter(4);
        }

        /** A line; a blank value shows as a dash. */
        Facts add(String label, String value) {
            PdfPCell name = new PdfPCell(new Phrase(label, quiet));
            PdfPCell content = new PdfPCell(new Phrase(orDash(value), body));
            for (PdfPCell cell : List.of(name, content)) {
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPaddingTop(1.5f);
                cell.setPaddingBottom(3);
                cell.setPaddingLeft(0);
                table.addCell(cell);
            }
            return this;
        }

        void end() {
            document.add(table);
        }
    }

    final class Table {

        private final float[] widths;
        private final String[] headers;
        private final List<String[]> rows = new ArrayList<>();
        private final List<Boolean> totals = new ArrayList<>();
        private final boolean[] right;

        private Table(float[] widths, String[] headers) {
            this.widths = widths.clone();
            this.headers = headers.clone();
            this.right = new boolean[headers.length];
        }

        /** Right-aligns the given columns (numbers and money). */
        Table alignRight(int... columns) {
            for (int column : columns) {
                right[column] = true;
            }
            return this;
        }

        Table row(String... cells) {
            return add(cells, false);
        }

        /** A closing row in bold, e.g. the totals; blank cells stay blank. */
        Table totalRow(String... cells) {
            return add(cells, true);
        }

        int size() {
            return rows.size();
        }

        /** Adds the table, or {@code emptyNote} when it has no rows. */
        void end(String emptyNote) {
            if (rows.isEmpty()) {
                note(emptyNote);
                return;
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(2);
            table.setSpacingAfter(6);
            for (int column = 0; column < headers.length; column++) {
                PdfPCell cell = cell(headers[column], cellStrong, column);
                cell.setBackgroundColor(HEADER_FILL);
                table.addCell(cell);
            }
            for (int row = 0; row < rows.size(); row++) {
                String[] cells = rows.get(row);
                boolean total = totals.get(row);
                for (int column = 0; column < headers.length; column++) {
                    table.addCell(total ? cell(Objects.requireNonNullElse(cells[column], ""), cellStrong, column)
                            : cell(orDash(cells[column]), cellFont, column));
                }
            }
            document.add(table);
        }

        private Table add(String[] cells, boolean total) {
            if (cells.length != headers.length) {
                throw new IllegalArgumentException("one value per column");
            }
            rows.add(cells.clone());
            totals.add(total);
            return this;
        }

        private PdfPCell cell(String text, Font font, int column) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setPadding(3.5f);
            cell.setPaddingBottom(4.5f);
            cell.setHorizontalAlignment(right[column] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            return cell;
        }
    }

    /** Header and footer of every page; the total page count is written into a template once it is known. */
    private static final class PageFrame extends PdfPageEventHelper {

        private final BaseFont font;
        private final String title;
        private final String generated;
        private final Locale locale;
        private PdfTemplate total;

        private PageFrame(BaseFont font, String title, String generated, Locale locale) {
            this.font = font;
            this.title = title;
            this.generated = generated;
            this.locale = locale;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(font.getWidthPoint("00000", FRAME_TEXT),
                    FRAME_TEXT + 2);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float left = document.left();
            float right = document.right();
            float top = document.getPageSize().getHeight() - MARGIN;
            float bottom = MARGIN;

            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, top - 6);
            canvas.lineTo(right, top - 6);
            canvas.moveTo(left, bottom + FRAME_TEXT + 5);
            canvas.lineTo(right, bottom + FRAME_TEXT + 5);
            canvas.stroke();
            canvas.restoreState();

            String page = AppI18NProvider.translate(locale, "report.common.page",
                    String.valueOf(writer.getPageNumber())) + " ";
            float totalX = right - total.getWidth();
            canvas.saveState();
            canvas.beginText();
            canvas.setFontAndSize(font, FRAME_TEXT);
            canvas.setColorFill(MUTED);
            canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, title, left, top, 0);
            canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, "Replika", right, top, 0);
            canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, generated, left, bottom, 0);
            canvas.showTextAligned(PdfContentByte.ALIGN_RIGHT, page, totalX, bottom, 0);
            canvas.endText();
            canvas.restoreState();
            canvas.addTemplate(total, totalX, bottom);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, FRAME_TEXT);
            total.setColorFill(MUTED);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
