package id.go.kemensos.replika.base.export;

import id.go.kemensos.replika.base.AuditableEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Exports#write} inside one read-only, repeatable-read transaction: every page comes from the same snapshot
 * of the database, so a record changed while a long export runs can neither be skipped nor written twice by the
 * offset paging. A finished export is announced as an {@link AuditableEvent} for the audit trail.
 */
@Component
public class ExportWriter {

    private final ApplicationEventPublisher events;

    ExportWriter(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public <T> long write(ExportSpec<T> spec, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        long rows = Exports.write(spec, format, locale, out);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("export", spec.slug());
        details.put("format", format.name());
        details.put("rows", rows);
        events.publishEvent(new AuditableEvent(AuditableEvent.Kind.EXPORT, null, null, details));
        return rows;
    }
}
