package id.go.kemensos.replika.workshop;

/** A workshop is mentored for about two years, then runs independently, or stops. */
public enum WorkshopStatus {
    MENTORING,
    INDEPENDENT,
    INACTIVE
}
