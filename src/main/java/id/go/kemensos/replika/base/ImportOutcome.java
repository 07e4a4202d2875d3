package id.go.kemensos.replika.base;

/** What importing one row did to its record. Unchanged rows are not written at all (no version or audit change). */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
