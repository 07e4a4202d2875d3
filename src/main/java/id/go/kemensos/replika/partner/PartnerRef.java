package id.go.kemensos.replika.partner;

/** A CSR partner as other features and pickers refer to it. */
public record PartnerRef(long id, String name) {
}
