package id.go.kemensos.replika.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something the audit trail records that is not a change of an entity: a grid exported, a document downloaded.
 * Published as a Spring application event by code below the audit floor (the export engine, the document store),
 * which must not call the audit service; {@code audit/} listens and writes it in its own transaction.
 *
 * @param recordType the kind of record concerned, e.g. {@code Document}, or null
 * @param recordId   its id, or null
 * @param details    small values only (names, counts): never file contents
 */
public record AuditableEvent(Kind kind, String recordType, Long recordId, Map<String, Object> details) {

    public enum Kind {
        EXPORT,
        DOWNLOAD
    }

    public AuditableEvent {
        Objects.requireNonNull(kind);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
