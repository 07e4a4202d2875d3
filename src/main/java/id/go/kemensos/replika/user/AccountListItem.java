package id.go.kemensos.replika.user;

import id.go.kemensos.replika.security.Role;

/** One row of the users grid (never the password hash). */
public record AccountListItem(long id, String username, String fullName, String email, Role role, String unitName,
        String partnerName, String language, boolean active, boolean mustChangePassword) {
}
