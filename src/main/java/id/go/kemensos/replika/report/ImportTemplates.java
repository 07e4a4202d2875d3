package id.go.kemensos.replika.report;

import id.go.kemensos.replika.base.i18n.AppI18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The files users fill in: a header with the import's columns and one example row, as CSV (UTF-8 with a BOM, so
 * Excel reads it right) or XLSX, whose second sheet explains every column in the user's language.
 */
final class ImportTemplates {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int TEXT_FORMAT = 0x31; // the built-in "@" format: cells keep what is typed, e.g. 0042

    private ImportTemplates() {
    }

    static void writeCsv(ImportKind kind, OutputStream out) {
        try {
            out.write(UTF8_BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(kind.columns().stream().map(ImportColumn::name).toList());
            printer.printRecord(kind.columns().stream().map(ImportColumn::example).toList());
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeXlsx(ImportKind kind, Locale locale, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat((short) TEXT_FORMAT);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);

            Sheet data = workbook.createSheet(t(locale, kind.messageKey()));
            Row header = data.createRow(0);
            Row example = data.createRow(1);
            List<ImportColumn> columns = kind.columns();
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn column = columns.get(i);
                Cell name = header.createCell(i);
                name.setCellValue(column.name());
                name.setCellStyle(bold);
                data.setColumnWidth(i, 22 * 256);
                switch (column.type()) {
                    case DATE -> data.setDefaultColumnStyle(i, date);
                    case INTEGER -> { }
                    default -> data.setDefaultColumnStyle(i, text);
                }
                writeExample(example.createCell(i), column, text, date);
            }
            data.createFreezePane(0, 1);

            Sheet help = workbook.createSheet(t(locale, "import.template.helpSheet"));
            int r = 0;
            help.createRow(r++).createCell(0).setCellValue(t(locale, "import.template.title", t(locale,
                    kind.messageKey())));
            for (String note : List.of("import.template.note.header", "import.template.note.example",
                    "import.template.note.match", "import.template.note.empty", "import.template.note.dates")) {
                help.createRow(r++).createCell(0).setCellValue(t(locale, note));
            }
            r++;
            Row titles = help.createRow(r++);
            List<String> headings = List.of("import.template.column", "import.template.meaning",
                    "import.template.required", "import.template.format", "import.template.example");
            for (int i = 0; i < headings.size(); i++) {
                Cell cell = titles.createCell(i);
                cell.setCellValue(t(locale, headings.get(i)));
                cell.setCellStyle(bold);
            }
            for (ImportColumn column : columns) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(column.name());
                row.createCell(1).setCellValue(t(locale, column.labelKey()));
                row.createCell(2).setCellValue(t(locale, column.required() ? "import.template.yes"
                        : "import.template.no"));
                Cell format = row.createCell(3);
                format.setCellValue(describe(column, locale));
                format.setCellStyle(wrapped);
                row.createCell(4).setCellValue(column.example());
            }
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 28 * 256);
            help.setColumnWidth(2, 10 * 256);
            help.setColumnWidth(3, 90 * 256);
            help.setColumnWidth(4, 24 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeExample(Cell cell, ImportColumn column, CellStyle text, CellStyle date) {
        if (column.example().isEmpty()) {
            return;
        }
        switch (column.type()) {
            case DATE -> {
                cell.setCellValue(LocalDate.parse(column.example()));
                cell.setCellStyle(date);
            }
            case INTEGER -> cell.setCellValue(Integer.parseInt(column.example()));
            default -> {
                cell.setCellValue(column.example());
                cell.setCellStyle(text);
            }
        }
    }

    /** What a column takes, for the help sheet: its type, limits and allowed values, then its own note. */
    static String describe(ImportColumn column, Locale locale) {
        String format = switch (column.type()) {
            case TEXT -> column.maxLength() > 0 ? t(locale, "import.template.text", column.maxLength())
                    : t(locale, "import.template.textAny");
            case INTEGER -> t(locale, "import.template.integer");
            case DATE -> t(locale, "import.template.date", Cells.DATE_FORMAT);
            case YES_NO -> t(locale, "import.template.yesNo");
            case CHOICE -> t(locale, "import.template.choice", column.values().stream()
                    .map(value -> value + " (" + t(locale, column.valueKey() + value) + ")")
                    .collect(Collectors.joining(", ")));
        };
        return column.noteKey() == null ? format : format + " " + t(locale, column.noteKey());
    }

    private static String t(Locale locale, String key, Object... args) {
        return AppI18NProvider.translate(locale, key, args);
    }
}
