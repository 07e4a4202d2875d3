package id.go.kemensos.replika.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Exports#write} inside one read-only, repeatable-read transaction: every page comes from the same snapshot
 * of the database, so a record changed while a long export runs can neither be skipped nor written twice by the
 * offset paging.
 */
@Component
public class ExportWriter {

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public <T> long write(ExportSpec<T> spec, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        return Exports.write(spec, format, locale, out);
    }
}
