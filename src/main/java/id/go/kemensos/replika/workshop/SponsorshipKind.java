package id.go.kemensos.replika.workshop;

/** What a CSR partner gives a workshop. */
public enum SponsorshipKind {
    CASH,
    EQUIPMENT,
    TRAINING,
    MARKET_ACCESS
}
