package id.go.kemensos.replika.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory, older ones go to a
 * compressed temporary file that {@link #close()} deletes. Dates and moments are real date cells, numbers numeric
 * cells (money grouped by thousands); the header row is bold, frozen and filterable. Column widths come from the
 * header and the first {@value #SAMPLE} rows, never from a pass over all rows.
 */
final class XlsxSink<T> extends RowSink<T> {

    static final int WINDOW = 100;
    private static final int SAMPLE = 200;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final Map<CellKind, CellStyle> styles = new EnumMap<>(CellKind.class);
    private final int[] widths;
    private int rowIndex;

    XlsxSink(String sheetName, List<ExportColumn<T>> columns, Locale locale, OutputStream out) {
        super(columns, locale);
        this.out = out;
        workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        styles.put(CellKind.INTEGER, format("0"));
        styles.put(CellKind.DECIMAL, format("#,##0.00"));
        styles.put(CellKind.MONEY, format("#,##0"));
        styles.put(CellKind.DATE, format("yyyy-mm-dd"));
        styles.put(CellKind.DATETIME, format("yyyy-mm-dd hh:mm"));
        widths = new int[columns.size()];
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    @Override
    void header() {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < columns.size(); i++) {
            String title = translate(columns.get(i).headerKey());
            Cell cell = row.createCell(i);
            cell.setCellValue(title);
            cell.setCellStyle(headerStyle);
            widths[i] = title.length() + 3; // room for the filter button
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    void row(T item) {
        Row row = sheet.createRow(rowIndex++);
        boolean sampling = rowIndex <= SAMPLE + 1;
        for (int i = 0; i < columns.size(); i++) {
            ExportColumn<T> column = columns.get(i);
            Object value = column.read(item);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            int length = write(cell, column, value);
            if (sampling) {
                widths[i] = Math.max(widths[i], length);
            }
        }
    }

    /** Writes the value and returns about how many characters it shows. */
    private int write(Cell cell, ExportColumn<T> column, Object value) {
        CellKind kind = column.kind();
        switch (kind) {
            case TEXT, LABEL -> {
                String text = text(column, value);
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
                return text.length();
            }
            case INTEGER, DECIMAL, MONEY -> {
                var number = number(value);
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.get(kind));
                int digits = number.toBigInteger().abs().toString().length();
                return digits + digits / 3 + (kind == CellKind.INTEGER ? 0 : 3);
            }
            case DATE -> {
                cell.setCellValue(date(value));
                cell.setCellStyle(styles.get(kind));
                return 10;
            }
            case DATETIME -> {
                cell.setCellValue(dateTime(value));
                cell.setCellStyle(styles.get(kind));
                return 16;
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    @Override
    void finish() throws IOException {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, widths[i] + 2) * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, columns.size() - 1));
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
