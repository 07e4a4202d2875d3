package id.go.kemensos.replika.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Writes exports to memory and reads them back, for tests. */
public final class ExportFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExportFiles() {
    }

    public static <T> byte[] write(ExportSpec<T> spec, ExportFormat format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Exports.write(spec, format, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The records of a CSV export, header first; fails unless it starts with the UTF-8 byte order mark. */
    public static List<CSVRecord> csv(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").isEqualTo(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of a CSV export (without the header). */
    public static List<CSVRecord> csvRows(byte[] bytes) {
        List<CSVRecord> records = csv(bytes);
        return records.subList(1, records.size());
    }

    /** The first column of each data row as a number: the ids, in file order. */
    public static List<Long> ids(byte[] csvBytes) {
        return csvRows(csvBytes).stream().map(record -> Long.valueOf(record.get(0))).toList();
    }
}
