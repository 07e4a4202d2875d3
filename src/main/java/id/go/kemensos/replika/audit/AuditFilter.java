package id.go.kemensos.replika.audit;

import java.time.LocalDate;

/**
 * The audit grid's filters; null means "any". {@code user} matches names starting with it, {@code text} any part
 * of the user, record type, client address or details; the period covers whole days in the portal's time zone.
 */
public record AuditFilter(String user, String recordType, Long recordId, AuditAction action, LocalDate from,
        LocalDate to, String text) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
