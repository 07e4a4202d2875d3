package id.go.kemensos.replika.partner;

/** One row of the partners grid. */
public record PartnerListItem(long id, String companyName, String programmeName, String sector, boolean active) {
}
