package id.go.kemensos.replika.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** An entry waiting for its transaction to commit; the writer gives it its id and hashes. */
record NewEntry(LocalDateTime occurredAt, Actor actor, String recordType, Long recordId, AuditAction action,
        String details) {

    static NewEntry now(Actor actor, String recordType, Long recordId, AuditAction action, String details) {
        return new NewEntry(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), actor, recordType,
                recordId, action, details);
    }
}
