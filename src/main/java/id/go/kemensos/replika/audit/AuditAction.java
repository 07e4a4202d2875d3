package id.go.kemensos.replika.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    TRANSITION,
    LOGIN,
    LOGOUT,
    LOGIN_FAILED,
    EXPORT,
    IMPORT,
    DOWNLOAD
}
