package id.go.kemensos.replika.user;

/** A user account as administrators list it (never the password hash). */
public record UserListItem(long id, long version, String username, String fullName, String email, boolean active) {
}
