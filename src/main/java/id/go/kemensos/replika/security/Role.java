package id.go.kemensos.replika.security;

/** The portal's roles. Granted to Spring Security as {@code ROLE_<name>}; see {@link Roles} for annotation constants. */
public enum Role {
    ADMIN,
    PANRB,
    DIRECTOR,
    UPT_OPERATOR,
    CSR_PARTNER;

    public String authority() {
        return "ROLE_" + name();
    }
}
