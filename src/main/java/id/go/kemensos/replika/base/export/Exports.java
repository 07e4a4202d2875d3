package id.go.kemensos.replika.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes every row of an {@link ExportSpec} as CSV or XLSX straight to a stream, page by page: memory holds one page
 * of rows (and, for XLSX, a small window of sheet rows), whatever the row count.
 */
public final class Exports {

    private Exports() {
    }

    /**
     * Writes the header (in {@code locale}'s language) and every row; the first page is read before anything is
     * written, so a refused or failing source leaves the stream untouched. The stream is not closed.
     *
     * @return the number of data rows written
     */
    public static <T> long write(ExportSpec<T> spec, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        List<T> page = spec.page(0);
        try (RowSink<T> sink = format == ExportFormat.CSV ? new CsvSink<>(spec.columns(), locale, out)
                : new XlsxSink<>(spec.slug(), spec.columns(), locale, out)) {
            sink.header();
            long rows = 0;
            int number = 0;
            while (true) {
                for (T row : page) {
                    sink.row(row);
                    rows++;
                }
                if (page.size() < spec.pageSize()) {
                    break;
                }
                page = spec.page(++number);
            }
            sink.finish();
            return rows;
        }
    }

    /** {@code replikasi-2026-12-01.xlsx}: what and when. */
    public static String fileName(String slug, ExportFormat format, LocalDate day) {
        return slug + "-" + day + "." + format.extension();
    }
}
