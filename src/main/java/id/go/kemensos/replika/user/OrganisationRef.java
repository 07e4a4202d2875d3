package id.go.kemensos.replika.user;

/** A unit or CSR partner as the user forms pick it. */
public record OrganisationRef(long id, String name) {
}
