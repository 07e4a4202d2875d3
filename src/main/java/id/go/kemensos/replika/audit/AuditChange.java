package id.go.kemensos.replika.audit;

/** One field of an entry: its value before and after (null where there is none, e.g. before a create). */
public record AuditChange(String field, String oldValue, String newValue) {
}
