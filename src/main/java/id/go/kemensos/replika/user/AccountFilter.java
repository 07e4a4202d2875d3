package id.go.kemensos.replika.user;

import id.go.kemensos.replika.security.Role;

/** Criteria of the users grid; null or blank means "any". */
public record AccountFilter(String text, Role role, Long unitId, Boolean active) {

    public static AccountFilter all() {
        return new AccountFilter(null, null, null, null);
    }
}
