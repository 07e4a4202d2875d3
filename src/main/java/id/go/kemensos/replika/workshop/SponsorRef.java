package id.go.kemensos.replika.workshop;

/** A CSR partner as the workshop filters name it. */
public record SponsorRef(long id, String name) {
}
