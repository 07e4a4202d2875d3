package id.go.kemensos.replika.security;

/** Role names as compile-time constants for {@code @RolesAllowed} and SpEL in {@code @PreAuthorize}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String PANRB = "PANRB";
    public static final String DIRECTOR = "DIRECTOR";
    public static final String UPT_OPERATOR = "UPT_OPERATOR";
    public static final String CSR_PARTNER = "CSR_PARTNER";

    /** SpEL: staff of the ministries and UPTs, i.e. everyone but CSR partners. */
    public static final String STAFF = "hasAnyRole('ADMIN','PANRB','DIRECTOR','UPT_OPERATOR')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";

    private Roles() {
    }
}
