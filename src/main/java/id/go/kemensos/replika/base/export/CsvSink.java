package id.go.kemensos.replika.base.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel opens it: UTF-8 with a byte order mark, comma separated, CRLF. Dates are ISO ({@code 2026-12-01}),
 * moments {@code 2026-12-01 14:05} in Western Indonesia Time, numbers plain ({@code 1234567.5}) so that any program
 * reads them. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
final class CsvSink<T> extends RowSink<T> {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BufferedWriter writer;
    private final CSVPrinter printer;
    private final List<String> cells;

    CsvSink(List<ExportColumn<T>> columns, Locale locale, OutputStream out) throws IOException {
        super(columns, locale);
        writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        cells = new ArrayList<>(columns.size());
    }

    @Override
    void header() throws IOException {
        printer.printRecord(columns.stream().map(column -> translate(column.headerKey())).toList());
    }

    @Override
    void row(T row) throws IOException {
        cells.clear();
        for (ExportColumn<T> column : columns) {
            cells.add(format(column, column.read(row)));
        }
        printer.printRecord(cells);
    }

    private String format(ExportColumn<T> column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> defused(text(column, value));
            case LABEL -> text(column, value);
            case INTEGER, DECIMAL, MONEY -> number(value).toPlainString();
            case DATE -> date(value).toString();
            case DATETIME -> MOMENT.format(dateTime(value));
        };
    }

    /** Keeps =, +, -, @ at the start of user text from being taken as a formula (CSV injection). */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
